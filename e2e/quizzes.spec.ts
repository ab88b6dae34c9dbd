// The quiz modes end to end, on the real app and database: practice with instant feedback, a short timed
// exam through flags and the review screen to its score report, resuming an exam after a reload, the
// server's auto-submit at the deadline, a review session, practice, a timed exam and a review session by
// keyboard alone, axe in light and dark,
// and a recording of every response the browser receives to prove no key or explanation arrives early.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page, Response } from "@playwright/test";
import { test, expect, fillSignUp, newUser } from "./support/fixtures";
import { tabTo } from "./support/keyboard";

// ---- the question bank's secrets, read from disk to look for them in what the browser receives ----

interface BankQuestion {
  id: string;
  explanation: string;
  choices?: { explanation: string }[];
}
const questionsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../content/questions");
const bank: BankQuestion[] = readdirSync(questionsDir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(path.join(questionsDir, f), "utf8")) as BankQuestion[]);
/** Letters and digits only, so HTML or JSON escaping cannot hide a match. */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
function secretsOf(q: BankQuestion): string[] {
  return [q.explanation, ...(q.choices ?? []).map((c) => c.explanation)].map(squash).filter((s) => s.length >= 24);
}

/** Records the body of every response the page receives. */
function recordResponses(page: Page) {
  const bodies: Promise<{ url: string; body: string }>[] = [];
  const onResponse = (response: Response) => {
    bodies.push(
      response
        .text()
        .then((body) => ({ url: response.url(), body }))
        .catch(() => ({ url: response.url(), body: "" })),
    );
  };
  page.on("response", onResponse);
  return {
    async all() {
      return Promise.all(bodies);
    },
    stop: () => page.off("response", onResponse),
  };
}

/** Fails if any response so far holds an explanation of a question outside `answered`. */
async function expectNoSecretsExcept(recording: ReturnType<typeof recordResponses>, answered: ReadonlySet<string>) {
  const received = await recording.all();
  expect(received.length).toBeGreaterThan(0);
  const squashed = received.map((r) => ({ url: r.url, body: squash(r.body) }));
  const allowed = new Set(bank.filter((q) => answered.has(q.id)).flatMap(secretsOf));
  const leaks: string[] = [];
  for (const q of bank) {
    if (answered.has(q.id)) continue;
    for (const secret of secretsOf(q)) {
      if (allowed.has(secret)) continue;
      const hit = squashed.find((r) => r.body.includes(secret));
      if (hit) leaks.push(`${q.id} in ${hit.url}`);
    }
  }
  expect(leaks, "explanations of unanswered questions reached the browser").toEqual([]);
}

// ---- driving the player ----

/** Opens the practice form's list of topics and ticks the one whose label matches. */
async function chooseTopic(page: Page, name: RegExp) {
  await page.locator("summary", { hasText: /^Topics/ }).click();
  await page.getByRole("checkbox", { name }).check();
}

async function startFromQuizzesPage(page: Page) {
  await page.goto("/quizzes");
  await expect(page.getByRole("heading", { level: 1, name: "Quizzes" })).toBeVisible();
  // The review section has asked the server about the deck: the page knows we are signed in.
  await expect(page.getByText("Checking your review deck…")).toHaveCount(0);
}

/** Answers the question on screen in whatever way its kind takes (a radio, N checkboxes or a number). */
async function answerCurrent(page: Page): Promise<void> {
  const main = page.getByRole("main");
  const radios = main.getByRole("radio");
  if ((await radios.count()) > 0) {
    await radios.first().check();
    return;
  }
  const group = main.getByRole("group", { name: /^Choose \d answers$/ });
  if ((await group.count()) > 0) {
    const n = Number(/Choose (\d)/.exec((await group.textContent()) ?? "")?.[1]);
    const boxes = group.getByRole("checkbox");
    for (let i = 0; i < n; i++) await boxes.nth(i).check();
    return;
  }
  await main.getByLabel("Your answer (a number)").fill("7");
}

async function questionHeading(page: Page) {
  const heading = page.getByRole("heading", { level: 2, name: /^Question \d+ of \d+$/ });
  await expect(heading).toBeVisible();
  return heading;
}

async function startExam(page: Page, length: number, minutes: number) {
  await startFromQuizzesPage(page);
  await page.getByLabel("Number of questions").fill(String(length));
  await page.getByLabel("Time limit (minutes)").fill(String(minutes));
  await page.getByRole("button", { name: "Start exam" }).click();
  await expect(page).toHaveURL(/\/quizzes\/sessions\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Timed exam" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `Question 1 of ${length}` })).toBeVisible();
}

/**
 * Check answer by keyboard: the feedback heading takes the focus. Then, when `next` names the following question's
 * heading, Next question by keyboard, and that heading takes the focus.
 */
async function checkByKeyboard(page: Page, next: string | null): Promise<void> {
  await tabTo(page, page.getByRole("button", { name: "Check answer" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 3, name: /^(Correct|Not quite)$/ })).toBeFocused();
  if (next === null) return;
  await tabTo(page, page.getByRole("button", { name: "Next question" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: next })).toBeFocused();
}

/**
 * Answers the question on screen by keyboard alone: an arrow key in a radio group (Tab enters an unchecked
 * group on its first radio; ArrowDown moves to the second and checks it), Space on N checkboxes, or a typed number.
 */
/** On the Quizzes page, by keyboard alone: open Topics, tick one, ask for 5 questions, start the practice. */
async function startPracticeByKeyboard(page: Page, topicName: RegExp): Promise<void> {
  await tabTo(page, page.locator("summary", { hasText: /^Topics/ }));
  await page.keyboard.press("Enter");
  const topic = page.getByRole("checkbox", { name: topicName });
  await tabTo(page, topic);
  await page.keyboard.press("Space");
  await expect(topic).toBeChecked();
  const length = page.getByLabel("Questions", { exact: true });
  await tabTo(page, length);
  await page.keyboard.press("5");
  await expect(length).toHaveValue("5");
  await tabTo(page, page.getByRole("button", { name: "Start practice" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
}

async function answerByKeyboard(page: Page): Promise<void> {
  const main = page.getByRole("main");
  const radios = main.getByRole("radio");
  if ((await radios.count()) > 0) {
    await tabTo(page, radios.first());
    await page.keyboard.press("ArrowDown");
    await expect(radios.nth(1)).toBeFocused();
    await expect(radios.nth(1)).toBeChecked();
    return;
  }
  const group = main.getByRole("group", { name: /^Choose \d answers$/ });
  if ((await group.count()) > 0) {
    const n = Number(/Choose (\d)/.exec((await group.textContent()) ?? "")?.[1]);
    for (let k = 0; k < n; k++) {
      const box = group.getByRole("checkbox").nth(k);
      await tabTo(page, box);
      await page.keyboard.press("Space");
      await expect(box).toBeChecked();
    }
    return;
  }
  const value = main.getByLabel("Your answer (a number)");
  await tabTo(page, value);
  await page.keyboard.type("7");
  await expect(value).toHaveValue("7");
}

// ---- tests ----

test("practice a topic: each answer graded at once with its explanation, then a score report; nothing leaks early @phone", async ({ page, signUp }) => {
  await signUp();
  const recording = recordResponses(page);
  await startFromQuizzesPage(page);
  await chooseTopic(page, /^CIDR \(\d+\)$/);
  await page.getByLabel("Questions", { exact: true }).selectOption("5");
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page).toHaveURL(/\/quizzes\/sessions\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  const total = Number(/of (\d+)/.exec((await (await questionHeading(page)).textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThanOrEqual(2);
  expect(total).toBeLessThanOrEqual(5);

  const answered = new Set<string>();
  page.on("response", async (response) => {
    if (response.request().method() === "POST" && response.url().endsWith("/answers") && response.ok()) {
      const body = (await response.json()) as { questionId: string };
      answered.add(body.questionId);
    }
  });
  // Before any answer, nothing secret has arrived.
  await expectNoSecretsExcept(recording, new Set());

  for (let i = 1; i <= total; i++) {
    await expect(page.getByRole("heading", { level: 2, name: `Question ${i} of ${total}` })).toBeVisible();
    await answerCurrent(page);
    await page.getByRole("button", { name: "Check answer" }).click();
    const verdict = page.getByRole("heading", { level: 3, name: /^(Correct|Not quite)$/ });
    await expect(verdict).toBeVisible();
    await expect(verdict).toBeFocused();
    await expect(page.getByRole("link", { name: "Read the lesson section on this" })).toHaveAttribute("href", /^\/course\/[a-z0-9-]+#[a-z0-9-]+$/);
    await expect.poll(() => answered.size).toBe(i);
    await expectNoSecretsExcept(recording, answered);
    if (i < total) await page.getByRole("button", { name: "Next question" }).click();
  }
  recording.stop();
  await page.getByRole("link", { name: "See your results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Score report" })).toBeVisible();
  await expect(page.getByText(new RegExp(`^\\d+ of ${total} correct \\(\\d+%\\)$`))).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "By exam domain" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();

  // The dashboard shows the session and the weakest domains, with links to practise them.
  await page.goto("/dashboard");
  const history = page.getByRole("region", { name: "Quizzes" });
  await expect(history.getByText("Practice", { exact: true })).toBeVisible();
  await expect(history.getByText(new RegExp(`^\\d+ / ${total} \\(\\d+%\\)`))).toBeVisible();
  const weakest = page.getByRole("region", { name: "Weakest domains" });
  await expect(weakest.getByRole("listitem").first()).toContainText(/\d+ of \d+ correct \(\d+%\)/);
  await weakest.getByRole("link", { name: /^Practise / }).first().click();
  await expect(page).toHaveURL(/\/quizzes\?domain=[a-z-]+#practice-title$/);
  await expect(page.getByRole("group", { name: "Exam domains" }).getByRole("checkbox", { checked: true })).toHaveCount(1);
});

test("a short timed exam: saved answers stay secret, a flag, the review screen, submit, the score report per domain", async ({ page, signUp }) => {
  await signUp();
  const recording = recordResponses(page);
  await startExam(page, 3, 10);
  await expect(page.getByText("Time left")).toBeVisible();

  await answerCurrent(page);
  await page.getByRole("button", { name: "Save and next" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 3" })).toBeFocused();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Answer to question 1 saved.");
  // Question 2: flagged, left unanswered.
  const flag = page.getByRole("button", { name: "Flag for review" });
  await flag.click();
  await expect(flag).toHaveAttribute("aria-pressed", "true");
  const navigator = page.getByRole("navigation", { name: "Questions" });
  await expect(navigator.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(navigator.getByRole("button", { name: "Question 2, flagged" })).toBeVisible();
  await navigator.getByRole("button", { name: "Question 3" }).click();
  await answerCurrent(page);
  await page.getByRole("button", { name: "Save and review answers" }).click();

  const review = page.getByRole("region", { name: "Review before submitting" });
  await expect(review.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(review).toContainText("2 of 3 answered, 1 flagged. 1 unanswered question counts as wrong.");
  await expect(review.getByRole("listitem").nth(1)).toContainText(/^Question 2 · \W*Not answered · \W*Flagged/);
  // Nothing about any question's answer has reached the browser while the exam runs.
  await expectNoSecretsExcept(recording, new Set());
  for (const { url, body } of await recording.all()) if (url.includes("/api/quizzes/")) expect(body, url).not.toMatch(/"(key|explanation|correct)"/);
  recording.stop();

  await review.getByRole("button", { name: "Submit exam" }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByRole("heading", { level: 1, name: "Score report" })).toBeVisible();
  await expect(page.getByText(/^\d of 3 correct \(\d+%\)$/)).toBeVisible();
  await expect(page.getByText(/1 unanswered \(counted as wrong\)/)).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Domain" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Lessons to revisit" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Lessons to revisit" }).getByRole("link").first()).toHaveAttribute("href", /^\/course\/[a-z0-9-]+/);

  // After submitting, every answer and explanation may be seen.
  await page.getByRole("link", { name: "Go through the answers" }).click();
  await expect(page.getByText(/^This session is finished: \d of 3 correct\./)).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /Not answered/ })).toHaveCount(1);
});

test("an exam resumes after a reload: saved answers, flags, position and the server's clock @phone", async ({ page, signUp }) => {
  await signUp();
  await startExam(page, 4, 30);
  await answerCurrent(page);
  await page.getByRole("button", { name: "Save and next" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Answer to question 1 saved.");
  await page.getByRole("button", { name: "Flag for review" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Question 2 flagged for review.");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Timed exam" })).toBeVisible();
  // Back at the first unanswered question, with question 1's answer and question 2's flag kept.
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 4" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Flag for review" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText(/^1 of 4 answered · 1 flagged$/)).toBeVisible();
  await expect(page.getByText(/^(29|30):\d\d$/)).toBeVisible();

  // The Quizzes page offers to resume it too.
  await page.goto("/quizzes");
  await page.getByRole("link", { name: /^Resume timed exam/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 4" })).toBeVisible();
  await page.getByRole("navigation", { name: "Questions" }).getByRole("button", { name: "Question 1, answered" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 4" })).toBeFocused();
  const restored = await page.getByRole("main").evaluate((main) => {
    const checked = main.querySelectorAll("fieldset input:checked").length;
    const typed = [...main.querySelectorAll<HTMLInputElement>("input[inputmode=decimal]")].some((i) => i.value !== "");
    return checked > 0 || typed;
  });
  expect(restored, "question 1's saved answer is shown again").toBe(true);
});

test("a lost connection during an exam is reported, and the answer is saved once back online", async ({ page, signUp }) => {
  await signUp();
  await startExam(page, 3, 30);
  await page.context().setOffline(true);
  await answerCurrent(page);
  await page.getByRole("button", { name: "Save and next" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the server" })).toBeVisible();
  await page.context().setOffline(false);
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 3" })).toBeFocused();
  // The draft is still there; moving on saves it now.
  await page.getByRole("button", { name: "Save and next" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Answer to question 1 saved.");
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the server" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/^1 of 3 answered · 0 flagged$/)).toBeVisible();
});

test("the server submits an exam at its deadline and the browser follows to the report", async ({ page, signUp }) => {
  test.setTimeout(150_000);
  await signUp();
  await startExam(page, 2, 1);
  await answerCurrent(page);
  await page.getByRole("button", { name: "Save and next" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Answer to question 1 saved.");
  await expect(page).toHaveURL(/\/report$/, { timeout: 90_000 });
  await expect(page.getByText(/^\d of 2 correct \(\d+%\)$/)).toBeVisible();
  await expect(page.getByText(/1 unanswered/)).toBeVisible();
});

test("a review session brings back the questions marked hard or missed", async ({ page, signUp }) => {
  await signUp();
  await startFromQuizzesPage(page);
  await expect(page.getByText("Nothing to review yet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start review" })).toHaveCount(0);
  await chooseTopic(page, /^NAT gateway \(\d+\)$/);
  await page.getByLabel("Questions", { exact: true }).selectOption("5");
  await page.getByRole("button", { name: "Start practice" }).click();
  const heading = await questionHeading(page);
  const total = Number(/of (\d+)/.exec((await heading.textContent()) ?? "")?.[1]);
  // Two questions marked hard (or missed), then the session ended early.
  for (let i = 1; i <= 2; i++) {
    await answerCurrent(page);
    await page.getByRole("checkbox", { name: "I found this hard: bring it back for review soon" }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { level: 3 })).toBeVisible();
    if (i < 2) await page.getByRole("button", { name: "Next question" }).click();
  }
  expect(total).toBeGreaterThan(2);
  await page.getByRole("button", { name: "End session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Score report" })).toBeVisible();

  await startFromQuizzesPage(page);
  await expect(page.getByText(/^\d of 2 questions due now\./)).toBeVisible();
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 2" })).toBeVisible();
  for (let i = 1; i <= 2; i++) {
    await answerCurrent(page);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { level: 3, name: /^(Correct|Not quite)$/ })).toBeVisible();
    if (i < 2) await page.getByRole("button", { name: "Next question" }).click();
  }
  await page.getByRole("link", { name: "See your results" }).click();
  await expect(page.getByText(/^\d of 2 correct/)).toBeVisible();
});

test("practice by keyboard alone: choose a topic, answer, read the feedback, move on, end the session", async ({ page, signUp }) => {
  await signUp();
  await startFromQuizzesPage(page);
  await startPracticeByKeyboard(page, /^Route table \(\d+\)$/);

  for (let i = 1; i <= 2; i++) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Question ${i} of \\d$`) })).toBeVisible();
    const main = page.getByRole("main");
    const radio = main.getByRole("radio").first();
    const group = main.getByRole("group", { name: /^Choose \d answers$/ });
    if ((await radio.count()) > 0) {
      await tabTo(page, radio);
      await page.keyboard.press("Space");
      await expect(radio).toBeChecked();
    } else if ((await group.count()) > 0) {
      const n = Number(/Choose (\d)/.exec((await group.textContent()) ?? "")?.[1]);
      for (let k = 0; k < n; k++) {
        await tabTo(page, group.getByRole("checkbox").nth(k));
        await page.keyboard.press("Space");
      }
    } else {
      await tabTo(page, main.getByLabel("Your answer (a number)"));
      await page.keyboard.type("4");
    }
    await tabTo(page, page.getByRole("button", { name: "Check answer" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 3, name: /^(Correct|Not quite)$/ })).toBeFocused();
    if (i === 1) {
      await tabTo(page, page.getByRole("button", { name: "Next question" }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 2, name: /^Question 2 of \d$/ })).toBeFocused();
    }
  }
  await tabTo(page, page.getByRole("button", { name: "End session" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Score report" })).toBeVisible();
  await expect(page.getByText(/^\d of \d correct \(\d+%\)$/)).toBeVisible();
});

test("a short timed exam by keyboard alone: start it, answer, flag, review, submit, the score report per domain", async ({ page, signUp }) => {
  await signUp();
  await startFromQuizzesPage(page);
  const length = page.getByLabel("Number of questions");
  await tabTo(page, length);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("3");
  await expect(length).toHaveValue("3");
  const minutes = page.getByLabel("Time limit (minutes)");
  await tabTo(page, minutes);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("10");
  await expect(minutes).toHaveValue("10");
  await tabTo(page, page.getByRole("button", { name: "Start exam" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quizzes\/sessions\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Timed exam" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 3" })).toBeVisible();

  // Question 1: answered, then saved by moving on.
  await answerByKeyboard(page);
  await tabTo(page, page.getByRole("button", { name: "Save and next" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 3" })).toBeFocused();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Answer to question 1 saved.");

  // Question 2: flagged and left unanswered; the flag button keeps the focus, and Shift+Tab goes back to "Save and next".
  const flag = page.getByRole("button", { name: "Flag for review" });
  await tabTo(page, flag);
  await page.keyboard.press("Space");
  await expect(flag).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Question 2 flagged for review.");
  await expect(flag).toBeFocused();
  await expect(page.getByRole("navigation", { name: "Questions" }).getByRole("button", { name: "Question 2, flagged" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Save and next" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Question 3 of 3" })).toBeFocused();

  // Question 3: answered, then on to the review screen.
  await answerByKeyboard(page);
  await tabTo(page, page.getByRole("button", { name: "Save and review answers" }));
  await page.keyboard.press("Enter");
  const review = page.getByRole("region", { name: "Review before submitting" });
  await expect(review.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(review).toContainText("2 of 3 answered, 1 flagged. 1 unanswered question counts as wrong.");
  await expect(review.getByRole("listitem").nth(0)).toContainText(/^Question 1 · \W*Answered/);
  await expect(review.getByRole("listitem").nth(1)).toContainText(/^Question 2 · \W*Not answered · \W*Flagged/);
  await expect(review.getByRole("listitem").nth(2)).toContainText(/^Question 3 · \W*Answered/);

  await tabTo(page, review.getByRole("button", { name: "Submit exam" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByRole("heading", { level: 1, name: "Score report" })).toBeVisible();
  const summary = page.getByText(/^\d of 3 correct \(\d+%\)$/);
  await expect(summary).toBeVisible();
  const score = Number(/^(\d)/.exec((await summary.textContent()) ?? "")?.[1]);
  await expect(page.getByText(/1 unanswered \(counted as wrong\)/)).toBeVisible();

  // The per-domain table: a row per domain of the exam's questions (a question counts in each of its domains,
  // so the totals add up to 3 or more), each with its share of the score; its scrolling region takes the focus.
  await expect(page.getByRole("heading", { level: 2, name: "By exam domain" })).toBeVisible();
  const table = page.getByRole("table");
  await tabTo(page, page.locator("div[role=region][aria-labelledby=domains-title]"));
  await expect(table.getByRole("columnheader", { name: "Domain" })).toBeVisible();
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())));
  expect(rows.length).toBeGreaterThanOrEqual(1);
  let totals = 0;
  for (const [label, correctCell, percentCell] of rows) {
    expect(label).toMatch(/^(Networking Specialty|Solutions Architect): \S/);
    const [, correct, total] = (/^(\d+) of (\d+)$/.exec(correctCell ?? "") ?? []).map(Number);
    expect(total).toBeGreaterThanOrEqual(1);
    expect(total).toBeLessThanOrEqual(3);
    expect(correct).toBeLessThanOrEqual(Math.min(total!, score));
    expect(percentCell).toBe(`${Math.round((correct! / total!) * 100)}%`);
    totals += total!;
  }
  expect(totals).toBeGreaterThanOrEqual(3);
});

test("a review session by keyboard alone: questions marked hard in practice come back and are answered", async ({ page, signUp }) => {
  await signUp();
  await startFromQuizzesPage(page);
  await expect(page.getByText("Nothing to review yet.")).toBeVisible();

  // Practice by keyboard: two questions answered and marked hard, then the session ended early.
  await startPracticeByKeyboard(page, /^NAT gateway \(\d+\)$/);
  const total = Number(/of (\d+)/.exec((await (await questionHeading(page)).textContent()) ?? "")?.[1]);
  expect(total).toBeGreaterThan(2);
  for (let i = 1; i <= 2; i++) {
    await answerByKeyboard(page);
    const hard = page.getByRole("checkbox", { name: "I found this hard: bring it back for review soon" });
    await tabTo(page, hard);
    await page.keyboard.press("Space");
    await expect(hard).toBeChecked();
    await checkByKeyboard(page, i < 2 ? `Question 2 of ${total}` : null);
  }
  await tabTo(page, page.getByRole("button", { name: "End session" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Score report" })).toBeVisible();

  // The review session, started from the Quizzes page.
  await startFromQuizzesPage(page);
  await expect(page.getByText(/^\d of 2 questions due now\./)).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Start review" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 2" })).toBeVisible();
  for (let i = 1; i <= 2; i++) {
    await answerByKeyboard(page);
    await checkByKeyboard(page, i < 2 ? "Question 2 of 2" : null);
  }
  await tabTo(page, page.getByRole("link", { name: "See your results" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Score report" })).toBeVisible();
  await expect(page.getByText(/^\d of 2 correct \(\d+%\)$/)).toBeVisible();
});

test("a visitor sees the modes with a way to sign in, and the quiz API answers them 401 @phone", async ({ page, request }) => {
  await page.goto("/quizzes");
  await expect(page.getByRole("heading", { level: 1, name: "Quizzes" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to start" })).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Sign in to start" }).first()).toHaveAttribute("href", "/signin?callbackUrl=%2Fquizzes");
  await expect(page.getByRole("button", { name: "Start practice" })).toHaveCount(0);
  for (const response of [await request.get("/api/quizzes/overview"), await request.post("/api/quizzes/sessions", { data: { mode: "practice" } })]) {
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to continue." });
  }
  await page.goto("/quizzes/sessions/abc123def456");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fquizzes%2Fsessions%2Fabc123def456$/);
});

test("the quiz API refuses forged and foreign requests with JSON and changes nothing", async ({ page, signUp, browser, baseURL }) => {
  await signUp();
  await startExam(page, 2, 10);
  const sessionId = /sessions\/([a-z0-9]+)/.exec(page.url())?.[1] ?? "";
  const api = page.request;
  const post = (p: string, data: unknown) => api.post(p, { data, headers: { origin: baseURL ?? "" } });
  const unknown = await post(`/api/quizzes/sessions/${sessionId}/answers`, { questionId: "no-such-question", answer: { choice: "a" } });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: 'No question with id "no-such-question"' });
  const session = (await (await api.get(`/api/quizzes/sessions/${sessionId}`)).json()) as { questions: { question: { questionId: string } }[] };
  const inExam = new Set(session.questions.map((q) => q.question.questionId));
  const outside = bank.find((q) => !inExam.has(q.id))!;
  const notInExam = await post(`/api/quizzes/sessions/${sessionId}/answers`, { questionId: outside.id, answer: { choice: "a" } });
  expect(notInExam.status()).toBe(409);
  expect((await notInExam.json()).error).toContain("is not part of this session");
  const forged = await post(`/api/quizzes/sessions/${sessionId}/answers`, { questionId: [...inExam][0], answer: { choice: "a" }, correct: true });
  expect(forged.status()).toBe(400);
  expect((await forged.json()).error).toContain('Unknown field "correct"');

  // Another learner cannot see, answer or submit this exam.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await fillSignUp(otherPage, newUser());
  await expect(otherPage).toHaveURL(/\/dashboard$/);
  expect((await otherPage.request.get(`/api/quizzes/sessions/${sessionId}`)).status()).toBe(404);
  const foreign = await otherPage.request.post(`/api/quizzes/sessions/${sessionId}/submit`, { data: {}, headers: { origin: baseURL ?? "" } });
  expect(foreign.status()).toBe(404);
  await other.close();

  const after = (await (await api.get(`/api/quizzes/sessions/${sessionId}`)).json()) as { status: string; answeredCount: number };
  expect(after).toMatchObject({ status: "active", answeredCount: 0 });
  expect((await page.request.get(`/api/quizzes/overview`)).status()).toBe(200);
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test(`quiz pages have no serious accessibility violations @phone`, async ({ page, signUp, axe }) => {
      await signUp();
      await startFromQuizzesPage(page);
      await axe(`/quizzes (${colorScheme})`);
      await chooseTopic(page, /^Subnet \(\d+\)$/);
      await page.getByLabel("Questions", { exact: true }).selectOption("5");
      await page.getByRole("button", { name: "Start practice" }).click();
      await questionHeading(page);
      await axe(`practice question (${colorScheme})`);
      await answerCurrent(page);
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByRole("heading", { level: 3 })).toBeVisible();
      await axe(`practice feedback (${colorScheme})`);

      await startExam(page, 2, 10);
      await page.getByRole("button", { name: "Flag for review" }).click();
      await axe(`exam question with navigator (${colorScheme})`);
      await page.getByRole("button", { name: "Review answers" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Review before submitting" })).toBeVisible();
      await axe(`exam review screen (${colorScheme})`);
      await page.getByRole("button", { name: "Submit exam" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Score report" })).toBeVisible();
      await axe(`score report (${colorScheme})`);
      await page.goto("/dashboard");
      await expect(page.getByRole("heading", { level: 2, name: "Weakest domains" })).toBeVisible();
      await axe(`dashboard with quizzes (${colorScheme})`);
    });
  });
}
