// The data of a factory's GraphQL call, or an error naming the step that failed.
export function unwrap<T>(label: string, response: { data: T | null; errors?: { message: string }[] }): T {
  if (!response.data || response.errors?.length) {
    throw new Error(`${label} failed: ${response.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
  }
  return response.data;
}
