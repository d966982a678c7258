// TypeDoc plugin. The type of a zod enum, `ZodEnum<{ date: "date"; month: "month"; … }>`, lists
// the enum's values as the properties of a type literal, and every schema holding an enum repeats
// them. Such a property (named as its own literal value, without a comment) is a value, not a
// field: it gets the comment "The value `"date"`." instead of a "not documented" warning.
// Fields of dean06's own objects are not touched: they must carry TSDoc.
import { Comment, Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      const type = reflection.type;
      const isEnumValue = reflection.parent?.kindOf(ReflectionKind.TypeLiteral) && type?.type === "literal" && type.value === reflection.name;
      if (isEnumValue && !reflection.hasComment())
        reflection.comment = new Comment([
          { kind: "text", text: "The value " },
          { kind: "code", text: `\`${JSON.stringify(reflection.name)}\`` },
          { kind: "text", text: "." },
        ]);
    }
  });
}
