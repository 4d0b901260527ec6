import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

/**
 * Checks an answer against the OpenAPI document's schema for its route and status (JSON Schema 2020-12, as
 * OpenAPI 3.1 uses): the document is loaded whole, so its $refs resolve as a client's generator would.
 */
export function answerChecker(doc: { paths: Record<string, unknown> }) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, "openapi");
  return (route: string, status: number, body: unknown): string[] => {
    const pointer = `openapi#/paths/${route.replaceAll("~", "~0").replaceAll("/", "~1")}/get/responses/${status}/content/application~1json/schema`;
    const validate = ajv.getSchema(pointer) ?? ajv.compile({ $ref: pointer });
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${route} ${status}: ${e.instancePath} ${e.message}`);
  };
}
