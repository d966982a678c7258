// The seed files, bundled into the build so the corpus needs no file system at run time.
import bacGiang2022 from "../../seeds/plans/bac-giang-2022.json";
import hcmc2024 from "../../seeds/plans/hcmc-2024.json";
import hue2022 from "../../seeds/plans/hue-2022.json";
import hue2026 from "../../seeds/plans/hue-2026.json";
import ninhHoa2022 from "../../seeds/plans/ninh-hoa-2022.json";
import qd062022 from "../../seeds/plans/qd-06-2022.json";
import references from "../../seeds/references.json";

/** Seed plan files, national root first, then derived plans by issue date. */
export const SEED_PLANS: readonly { file: string; data: unknown }[] = [
  { file: "seeds/plans/qd-06-2022.json", data: qd062022 },
  { file: "seeds/plans/bac-giang-2022.json", data: bacGiang2022 },
  { file: "seeds/plans/hue-2022.json", data: hue2022 },
  { file: "seeds/plans/ninh-hoa-2022.json", data: ninhHoa2022 },
  { file: "seeds/plans/hcmc-2024.json", data: hcmc2024 },
  { file: "seeds/plans/hue-2026.json", data: hue2026 },
];

/** Seed file of the referenced-only documents. */
export const SEED_REFERENCES: { file: string; data: unknown } = { file: "seeds/references.json", data: references };
