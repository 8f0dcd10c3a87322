/**
 * Largest file the GraphQL mutations take. The API refuses request bodies over 1 MiB before any
 * resolver runs; a file under this limit still fits once JSON-escaped (tabs and newlines double),
 * so an oversized file meets this typed error instead. Larger files go through the CLI.
 */
export const API_IMPORT_MAX_BYTES = 768 * 1024;
