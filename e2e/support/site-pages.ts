// The public pages of the site, in one list for every spec that visits them all (axe, screenshots).
// `file` names the page in screenshot file names. Lessons have their own spec (lessons.spec.ts).
export const publicPages = [
  { name: "home", file: "home", path: "/" },
  { name: "course", file: "course", path: "/course" },
  { name: "exercises", file: "exercises", path: "/exercises" },
  { name: "quizzes", file: "quizzes", path: "/quizzes" },
  { name: "playground", file: "playground", path: "/playground" },
  { name: "sign in", file: "signin", path: "/signin" },
  { name: "sign up", file: "signup", path: "/signup" },
  { name: "404", file: "404", path: "/this-page-does-not-exist" },
] as const;
