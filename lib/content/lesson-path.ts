/** The path of a lesson page. Pure: used by pages, client components and the content checks. */
export function lessonPath(slug: string): string {
  return `/course/${slug}`;
}
