// TypeDoc plugin. The type of a zod enum, `ZodEnum<{ date: "date"; month: "month"; … }>`, lists
// the enum's values as the properties of a type literal, and every schema holding an enum repeats
// them. Such a property (named as its own literal value, without a comment) is a value, not a
// field: it gets the comment "The value `"date"`." instead of a "not documented" warning.
// Whether a property is such a value is read from TypeScript's type of its symbol when TypeDoc
// creates it, since deep inside a schema (CoverageDataSchema's items → drift → nationalTier)
// TypeDoc stops converting types (`maxTypeConversionDepth`) and its own type says only "unknown".
// Fields of dean06's own objects are not touched: they must carry TSDoc.
import { Comment, Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  /** Ids of the property reflections TypeScript types as the string literal of their own name. */
  const enumValues = new Set();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || !reflection.parent?.kindOf(ReflectionKind.TypeLiteral)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const type = symbol && context.checker.getTypeOfSymbol(symbol);
    if (type?.isStringLiteral() && type.value === reflection.name) enumValues.add(reflection.id);
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      const type = reflection.type;
      const literal = type?.type === "literal" && type.value === reflection.name;
      const isEnumValue = reflection.parent?.kindOf(ReflectionKind.TypeLiteral) && (literal || enumValues.has(reflection.id));
      if (isEnumValue && !reflection.hasComment())
        reflection.comment = new Comment([
          { kind: "text", text: "The value " },
          { kind: "code", text: `\`${JSON.stringify(reflection.name)}\`` },
          { kind: "text", text: "." },
        ]);
    }
  });
}
