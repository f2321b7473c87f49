// Arguments bound with action.bind(null, …) travel through the client and come back as whatever a
// caller posts (numbers, objects, megabytes). A token that is not a short string is no token.
export const MAX_TOKEN_LENGTH = 200;

export function boundToken(value: unknown): string {
  return typeof value === "string" && value.length <= MAX_TOKEN_LENGTH && !value.includes("\u0000") ? value : "";
}
