import { describe, expect, it } from "vitest";
import { lazyRecord } from "../../src/corpus/lazy";

describe("lazyRecord", () => {
  const counted = () => {
    const calls = { n: 0 };
    const record = lazyRecord(["id", "tasks", "note"], () => {
      calls.n++;
      return { id: "x", tasks: [1, 2] } as { id: string; tasks: number[]; note?: string };
    });
    return { calls, record };
  };

  it("builds nothing until a field is read, then once", () => {
    const { calls, record } = counted();
    expect(calls.n).toBe(0);
    expect(record.id).toBe("x");
    expect(record.tasks).toEqual([1, 2]);
    expect(record.tasks).toBe(record.tasks);
    expect(calls.n).toBe(1);
  });

  it("ends with the value's own keys, as data properties (a key the value lacks is gone)", () => {
    const { record } = counted();
    void record.tasks;
    expect(Object.keys(record)).toEqual(["id", "tasks"]);
    expect("note" in record).toBe(false);
    expect(Object.getOwnPropertyDescriptor(record, "id")).toEqual({ value: "x", writable: true, enumerable: true, configurable: true });
  });

  it("is built by JSON.stringify, spreading and structuredClone as by a read", () => {
    expect(JSON.parse(JSON.stringify(counted().record))).toEqual({ id: "x", tasks: [1, 2] });
    expect({ ...counted().record }).toEqual({ id: "x", tasks: [1, 2] });
    expect(structuredClone(counted().record)).toEqual({ id: "x", tasks: [1, 2] });
  });

  it("builds on a write, then keeps the written value", () => {
    const { calls, record } = counted();
    record.id = "y";
    expect(calls.n).toBe(1);
    expect(record).toEqual({ id: "y", tasks: [1, 2] });
  });

  it("builds again on the next read when building threw", () => {
    let fail = true;
    const record = lazyRecord(["id"], () => {
      if (fail) throw new Error("not yet");
      return { id: "x" };
    });
    expect(() => record.id).toThrow("not yet");
    fail = false;
    expect(record.id).toBe("x");
  });
});
