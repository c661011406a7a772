/* test-think-aloud.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-catalog.h"
#include "cal-think-aloud.h"

/* Crafted transcripts: every word lasts 0.25 s and the next one starts
 * 0.25 s after it ends, so every time is a multiple of 0.25 and exact in
 * binary floating point. quiet() widens the next gap by @s. */
static void
say (CalTranscript *transcript,
     double        *t,
     const char    *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      cal_transcript_add_word (transcript, words[i], *t, *t + 0.25);
      *t += 0.5;
    }
}

static void
quiet (double *t,
       double  s)
{
  *t += s;
}

/* Unrelated words, to make a talk last: none is a cue, a signpost or a filler. */
static void
chatter (CalTranscript *transcript,
         double        *t,
         double         until)
{
  while (*t + 0.25 <= until)
    say (transcript, t, "data");
}

static CalThinkAloudReport *
analyze (CalTranscript *transcript,
         const char    *prompt_id,
         double         session_s)
{
  g_autoptr(CalThinkAloud) think = cal_think_aloud_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  CalThinkAloudOptions options;
  CalThinkAloudReport *report;

  cal_think_aloud_options_init (&options);
  options.session_s = session_s;
  report = cal_think_aloud_analyze (think, transcript, prompt_id, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static double
first_time (CalThinkAloudReport *report,
            const char          *checkpoint)
{
  double at = -1;

  if (!cal_think_aloud_report_get_checkpoint_time (report, checkpoint, &at))
    return -1;
  return at;
}

static gboolean
has_advice (CalThinkAloudReport *report,
            const char          *kind,
            const char          *needle)
{
  for (guint i = 0; i < cal_think_aloud_report_get_n_advice (report); i++)
    {
      const CalThinkAloudAdvice *advice = cal_think_aloud_report_get_advice (report, i);

      if (g_str_equal (advice->kind, kind) && (needle == NULL || strstr (advice->text, needle) != NULL))
        return TRUE;
    }
  return FALSE;
}

static void
test_silences (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  const CalSilence *silence;
  double t = 0.5;

  say (transcript, &t, "first i'll read the input");   /* ends at 2.75 */
  quiet (&t, 4.5);                                      /* a gap of 4.75 s: below */
  say (transcript, &t, "and sort it");                  /* 7.5 … 8.75 */
  quiet (&t, 4.75);                                     /* exactly 5 s: not longer */
  say (transcript, &t, "then loop");                    /* 13.75 … 14.5 */
  quiet (&t, 7.75);                                     /* 8 s: a silence */
  say (transcript, &t, "done");                         /* 22.5 … 22.75 */
  quiet (&t, 5.75);                                     /* 6 s: a silence */
  say (transcript, &t, "ok");                           /* 28.75 … 29 */

  report = analyze (transcript, "coding-merge-intervals", 0);
  g_assert_cmpuint (cal_think_aloud_report_get_n_silences (report), ==, 2);

  silence = cal_think_aloud_report_get_silence (report, 0);
  g_assert_cmpfloat (silence->start, ==, 14.5);
  g_assert_cmpfloat (silence->end, ==, 22.5);
  g_assert_cmpint (silence->kind, ==, CAL_SILENCE_BETWEEN);
  silence = cal_think_aloud_report_get_silence (report, 1);
  g_assert_cmpfloat (silence->start, ==, 22.75);
  g_assert_cmpfloat (silence->end, ==, 28.75);

  silence = cal_think_aloud_report_get_longest_silence (report);
  g_assert_nonnull (silence);
  g_assert_cmpfloat (silence->start, ==, 14.5);

  /* No session length was given: the transcript's own length, which ends
   * with its last word, is the session, so nothing trails. */
  g_assert_cmpfloat (cal_think_aloud_report_get_session (report), ==, 29.0);

  /* A lower threshold catches the shorter gaps too. */
  {
    g_autoptr(CalThinkAloud) think = cal_think_aloud_new (NULL, NULL);
    g_autoptr(CalThinkAloudReport) strict = NULL;
    CalThinkAloudOptions options;

    cal_think_aloud_options_init (&options);
    options.silence_threshold_s = 4;
    strict = cal_think_aloud_analyze (think, transcript, "coding-merge-intervals", &options, NULL);
    g_assert_cmpuint (cal_think_aloud_report_get_n_silences (strict), ==, 4);
    g_assert_cmpfloat (cal_think_aloud_report_get_silence (strict, 0)->start, ==, 2.75);
    g_assert_cmpfloat (cal_think_aloud_report_get_silence (strict, 0)->end, ==, 7.5);
  }
}

static void
test_leading_trailing (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) without = NULL;
  g_autoptr(CalThinkAloudReport) with = NULL;
  g_autoptr(CalThinkAloudReport) declared = NULL;
  const CalSilence *silence;
  double t = 6.0;

  say (transcript, &t, "let me start with the input");   /* 6 … 8.75 */
  chatter (transcript, &t, 20.0);                        /* last word ends at 19.75 */

  without = analyze (transcript, "coding-merge-intervals", 0);
  g_assert_cmpuint (cal_think_aloud_report_get_n_silences (without), ==, 1);
  silence = cal_think_aloud_report_get_silence (without, 0);
  g_assert_cmpint (silence->kind, ==, CAL_SILENCE_LEADING);
  g_assert_cmpfloat (silence->start, ==, 0);
  g_assert_cmpfloat (silence->end, ==, 6.0);
  g_assert_true (has_advice (without, "silence", "first 6 s"));

  with = analyze (transcript, "coding-merge-intervals", 40);
  g_assert_cmpuint (cal_think_aloud_report_get_n_silences (with), ==, 2);
  silence = cal_think_aloud_report_get_silence (with, 1);
  g_assert_cmpint (silence->kind, ==, CAL_SILENCE_TRAILING);
  g_assert_cmpfloat (silence->start, ==, 19.75);
  g_assert_cmpfloat (silence->end, ==, 40.0);
  g_assert_true (cal_think_aloud_report_get_longest_silence (with) == silence);
  g_assert_true (has_advice (with, "silence", "20 s before the end"));

  /* A recording's own length is the session when none is given. */
  cal_transcript_set_duration (transcript, 26.0);
  declared = analyze (transcript, "coding-merge-intervals", 0);
  g_assert_cmpuint (cal_think_aloud_report_get_n_silences (declared), ==, 2);
  g_assert_cmpfloat (cal_think_aloud_report_get_silence (declared, 1)->end, ==, 26.0);
  g_assert_cmpfloat (cal_think_aloud_report_get_longest_silence (declared)->start, ==, 19.75);
}

typedef struct
{
  const char *checkpoint;
  const char *sentence;
} Cue;

static void
test_checkpoints (void)
{
  /* Each sentence is said 10 s after the one before; its cue is its first
   * word or words, so the checkpoint's first time is the sentence's. */
  static const Cue cues[] = {
    { "clarify", "can i ask whether the input is sorted" },
    { "assumptions", "i'll assume the list fits in memory" },
    { "edge-cases", "what if the list holds a single meeting" },
    { "approach", "my approach is to sort by start" },
    { "complexity", "o of n log n because of the sort" },
    { "trade-off", "on the other hand a heap costs memory" },
    { "verify", "let me test it with three meetings" },
    { "summary", "to summarise we sort then sweep once" },
  };
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  CalThinkAloudSummary summary;
  double t = 0.5;

  for (guint i = 0; i < G_N_ELEMENTS (cues); i++)
    {
      t = 0.5 + 10.0 * i;
      say (transcript, &t, cues[i].sentence);
    }

  report = analyze (transcript, "coding-merge-intervals", 0);
  for (guint i = 0; i < G_N_ELEMENTS (cues); i++)
    {
      g_test_message ("%s", cues[i].checkpoint);
      g_assert_cmpfloat (first_time (report, cues[i].checkpoint), ==, 0.5 + 10.0 * i);
    }

  /* The cue heard is recorded with where it was said. */
  {
    gboolean found = FALSE;

    for (guint i = 0; i < cal_think_aloud_report_get_n_hits (report); i++)
      {
        const CalCheckpointHit *hit = cal_think_aloud_report_get_hit (report, i);

        if (g_str_equal (hit->checkpoint, "complexity"))
          {
            g_assert_cmpstr (hit->phrase, ==, "o of n log n");
            g_assert_cmpfloat (hit->at, ==, 40.5);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }

  cal_think_aloud_report_get_summary (report, &summary);
  g_assert_cmpfloat (summary.coverage, ==, 1.0);
  g_assert_cmpfloat (summary.key_coverage, ==, 1.0);
}

static void
test_checkpoints_unrelated (void)
{
  /* Words that look like cues but are not: a lake's edge, an empire, a
   * tested boat, a summer approach road, a complex sum. */
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  const char * const ids[] = { "clarify", "assumptions", "edge-cases", "approach", "complexity",
                               "trade-off", "verify", "summary" };
  CalThinkAloudSummary summary;
  double t = 0.5;

  say (transcript, &t, "we walked along the edge of the lake while the empire traded summer fruit");
  say (transcript, &t, "they approached the tested boats and asked the captain about a complex sum");
  say (transcript, &t, "the trade winds were linear and the summary of the log was sorted");

  report = analyze (transcript, "coding-merge-intervals", 0);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_test_message ("%s", ids[i]);
      g_assert_false (cal_think_aloud_report_get_checkpoint_time (report, ids[i], NULL));
    }
  g_assert_cmpuint (cal_think_aloud_report_get_n_hits (report), ==, 0);
  cal_think_aloud_report_get_summary (report, &summary);
  g_assert_cmpfloat (summary.coverage, ==, 0.0);
  g_assert_false (cal_think_aloud_report_get_summary_at_end (report));
  g_assert_false (cal_think_aloud_report_get_checkpoint_time (report, "no-such-checkpoint", NULL));
}

static void
test_signposts (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  static const struct { const char *phrase; double at; } expected[] = {
    { "first i'll", 0.5 },
    { "next", 3.5 },
    { "let me step back", 6.0 },
    { "the trade off is", 10.0 },
    { "to recap", 14.0 },
  };
  double t = 0.5;

  say (transcript, &t, "first i'll read it");          /* 0.5 … 2.25 */
  quiet (&t, 1.0);
  say (transcript, &t, "next we scan");                /* 3.5 */
  quiet (&t, 1.0);
  say (transcript, &t, "let me step back");            /* 6 */
  quiet (&t, 2.0);
  say (transcript, &t, "the trade-off is space");      /* 10: the hyphen splits "trade-off" */
  quiet (&t, 2.0);
  say (transcript, &t, "to recap");                    /* 14 */

  report = analyze (transcript, "coding-top-k-words", 0);
  g_assert_cmpuint (cal_think_aloud_report_get_n_signposts (report), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const CalSignpost *signpost = cal_think_aloud_report_get_signpost (report, i);

      g_assert_cmpstr (signpost->phrase, ==, expected[i].phrase);
      g_assert_cmpfloat (signpost->at, ==, expected[i].at);
    }
  /* "The trade-off is" is also a trade-off cue, and "to recap" a summary. */
  g_assert_cmpfloat (first_time (report, "trade-off"), ==, 10.5);
  g_assert_cmpfloat (first_time (report, "summary"), ==, 14.0);
}

static void
test_summary_at_end (void)
{
  /* A 400 s talk: its last 20 % (80 s) is longer than 60 s, so a summary
   * from 320 s on is at the end. */
  g_autoptr(CalTranscript) late = cal_transcript_new ("test", 0);
  g_autoptr(CalTranscript) early = cal_transcript_new ("test", 0);
  g_autoptr(CalTranscript) short_talk = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  double t = 0.0;

  chatter (late, &t, 330.0);
  say (late, &t, "to sum up");
  chatter (late, &t, 400.0);
  report = analyze (late, "coding-merge-intervals", 0);
  g_assert_cmpfloat (first_time (report, "summary"), ==, 330.0);
  g_assert_true (cal_think_aloud_report_get_summary_at_end (report));
  g_clear_object (&report);

  t = 0.0;
  chatter (early, &t, 300.0);
  say (early, &t, "to sum up");
  chatter (early, &t, 400.0);
  report = analyze (early, "coding-serialize-tree", 0);
  g_assert_cmpfloat (first_time (report, "summary"), ==, 300.0);
  g_assert_false (cal_think_aloud_report_get_summary_at_end (report));
  g_clear_object (&report);

  /* In a 90 s talk the last 60 s count: 35 s is too early, 31 s… is not. */
  t = 0.0;
  chatter (short_talk, &t, 35.0);
  say (short_talk, &t, "in summary");
  chatter (short_talk, &t, 90.0);
  report = analyze (short_talk, "coding-merge-intervals", 0);
  g_assert_true (cal_think_aloud_report_get_summary_at_end (report));
  g_clear_object (&report);

  {
    g_autoptr(CalTranscript) too_early = cal_transcript_new ("test", 0);

    t = 0.0;
    chatter (too_early, &t, 20.0);
    say (too_early, &t, "in summary");
    chatter (too_early, &t, 90.0);
    report = analyze (too_early, "coding-merge-intervals", 0);
    g_assert_false (cal_think_aloud_report_get_summary_at_end (report));
  }
}

static void
test_talk_ratio (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  g_autoptr(CalThinkAloudReport) open_ended = NULL;
  double t = 0.0;

  /* 20 words from 0 to 9.75 s: 20 × 0.25 s of words and 19 × 0.25 s of
   * short gaps, then silence until the session ends at 39 s. */
  say (transcript, &t, "um the idea is to um scan the list once and keep the best value um for each new word");
  g_assert_cmpuint (cal_transcript_get_n_words (transcript), ==, 20);

  report = analyze (transcript, "coding-top-k-words", 39.0);
  g_assert_cmpfloat_with_epsilon (cal_think_aloud_report_get_talk_ratio (report), 9.75 / 39.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (cal_think_aloud_report_get_wpm (report), 20 / (39.0 / 60.0), 1e-9);
  g_assert_cmpuint (cal_think_aloud_report_get_n_fillers (report), ==, 3);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (cal_think_aloud_report_get_fillers (report), "um")), ==, 3);
  g_assert_cmpfloat_with_epsilon (cal_think_aloud_report_get_fillers_per_min (report), 3 / (39.0 / 60.0), 1e-9);

  /* Without a session the talk is all there is. */
  open_ended = analyze (transcript, "coding-top-k-words", 0);
  g_assert_cmpfloat (cal_think_aloud_report_get_talk_ratio (open_ended), ==, 1.0);
}

static void
test_advice (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  const CalPrompt *prompt = cal_prompt_bank_get_prompt (cal_prompt_bank_get_default (), "coding-lru-cache");
  const CalThinkAloudAdvice *advice;
  double t = 0.25;

  /* The LRU prompt's key checkpoints are approach, complexity, edge cases
   * and verify. This talk names the approach and goes quiet for 38 s at
   * 2:10, but never gives the complexity. */
  g_assert_nonnull (prompt);
  g_assert_cmpstr (prompt->checkpoints[1], ==, "complexity");
  say (transcript, &t, "i would use a hash map with a linked list");
  chatter (transcript, &t, 130.0);                     /* last word ends at 130 */
  quiet (&t, 37.75);                                   /* next word at 168 */
  say (transcript, &t, "what if the capacity is one");
  say (transcript, &t, "let me test it with two puts");
  chatter (transcript, &t, 200.0);

  report = analyze (transcript, "coding-lru-cache", 0);
  g_assert_cmpfloat (cal_think_aloud_report_get_longest_silence (report)->start, ==, 130.0);
  g_assert_cmpfloat (cal_think_aloud_report_get_longest_silence (report)->end, ==, 168.0);

  g_assert_cmpuint (cal_think_aloud_report_get_n_advice (report), ==, 2);
  advice = cal_think_aloud_report_get_advice (report, 0);
  g_assert_cmpstr (advice->kind, ==, "silence");
  g_assert_cmpstr (advice->text, ==, "You went quiet for 38 s at 2:10 — say what you are checking while you think.");
  g_assert_cmpfloat (advice->at, ==, 130.0);

  advice = cal_think_aloud_report_get_advice (report, 1);
  g_assert_cmpstr (advice->kind, ==, "checkpoint");
  g_assert_nonnull (strstr (advice->text, "You never gave the complexity"));
  g_assert_nonnull (strstr (advice->text, cal_prompt_get_hint (prompt, "complexity")));
}

static void
test_advice_checkpoints_in_order (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  double t = 0.0;

  /* No silence, no cue at all: the prompt's first two key checkpoints
   * (clarify, then approach for the top-k prompt) are what to work on. */
  chatter (transcript, &t, 60.0);
  report = analyze (transcript, "coding-top-k-words", 0);
  g_assert_cmpuint (cal_think_aloud_report_get_n_silences (report), ==, 0);
  g_assert_cmpuint (cal_think_aloud_report_get_n_advice (report), ==, 2);
  g_assert_true (strstr (cal_think_aloud_report_get_advice (report, 0)->text, "clarifying question") != NULL);
  g_assert_true (strstr (cal_think_aloud_report_get_advice (report, 1)->text, "approach") != NULL);
}

static void
test_determinism (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autofree char *first = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object, *checkpoints;
  g_autoptr(GList) members = NULL;
  double t = 0.5;

  say (transcript, &t, "let me clarify the input um first i'll assume it fits in memory");
  quiet (&t, 9.0);
  say (transcript, &t, "the approach is a heap so it is n log k and basically the trade off is memory");
  say (transcript, &t, "to summarise a heap of size k");

  for (guint run = 0; run < 3; run++)
    {
      g_autoptr(CalThinkAloudReport) report = analyze (transcript, "coding-top-k-words", 45);
      g_autoptr(JsonNode) json = cal_think_aloud_report_to_json (report);
      g_autofree char *text = json_to_string (json, FALSE);

      if (first == NULL)
        first = g_steal_pointer (&text);
      else
        g_assert_cmpstr (text, ==, first);
    }

  node = json_from_string (first, NULL);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "mode"), ==, "think-aloud");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "silences")), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (json_object_get_array_member (object, "silences"), 0),
                                                    "duration"), ==, 9.25);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "longest_silence"), "kind"),
                   ==, "trailing");
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (object, "longest_silence"), "end"),
                     ==, 45.0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "longest_silence"), "message"),
                   ==, "You went quiet here");
  checkpoints = json_object_get_object_member (object, "checkpoints");
  members = json_object_get_members (checkpoints);
  g_assert_cmpuint (g_list_length (members), ==, 8);
  g_assert_cmpstr (members->data, ==, "clarify");
  g_assert_cmpfloat (json_object_get_double_member (checkpoints, "clarify"), ==, 0.5);
  g_assert_true (json_object_get_null_member (checkpoints, "edge-cases"));
  g_assert_true (json_object_get_null_member (checkpoints, "verify"));
  g_assert_true (json_object_get_boolean_member (object, "summary_at_end"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "fillers"), "um"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "fillers"), "basically"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "signposts")), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "advice")), <=, 2);
}

static void
test_history (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  g_autoptr(JsonNode) json = NULL;
  CalThinkAloudSummary summary, read = { 0 };
  double t = 0.5;

  say (transcript, &t, "can i ask about ties");
  quiet (&t, 11.75);
  say (transcript, &t, "i'll use a heap");

  report = analyze (transcript, "coding-top-k-words", 30);
  cal_think_aloud_report_get_summary (report, &summary);
  g_assert_cmpfloat (summary.longest_silence_s, ==, 30.0 - 16.5);   /* trailing beats the 12 s gap */
  g_assert_cmpfloat (summary.coverage, ==, 2.0 / 8.0);
  g_assert_cmpfloat (summary.key_coverage, ==, 2.0 / 4.0);

  /* A stored report gives the history figures back without a new analysis. */
  json = cal_think_aloud_report_to_json (report);
  g_assert_true (cal_think_aloud_summary_from_json (json, &read));
  g_assert_cmpfloat (read.longest_silence_s, ==, 13.5);
  g_assert_cmpfloat (read.coverage, ==, 0.25);
  g_assert_cmpfloat (read.key_coverage, ==, 0.5);
  g_assert_cmpfloat_with_epsilon (read.talk_ratio, summary.talk_ratio, 0.006);

  {
    g_autoptr(JsonNode) compact = cal_think_aloud_summary_to_json (&summary);
    g_autoptr(JsonNode) broken = json_from_string ("{\"coverage\": 0.5}", NULL);
    CalThinkAloudSummary again = { 0 };

    g_assert_true (cal_think_aloud_summary_from_json (compact, &again));
    g_assert_cmpfloat (again.coverage, ==, 0.25);
    g_assert_false (cal_think_aloud_summary_from_json (broken, &again));
  }
}

static void
test_empty (void)
{
  g_autoptr(CalTranscript) transcript = cal_transcript_new ("test", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  g_autoptr(CalThinkAloudReport) session = NULL;
  g_autoptr(JsonNode) json = NULL;

  report = analyze (transcript, "debugging-flaky-test", 0);
  g_assert_cmpuint (cal_think_aloud_report_get_words (report), ==, 0);
  g_assert_cmpuint (cal_think_aloud_report_get_n_silences (report), ==, 0);
  g_assert_null (cal_think_aloud_report_get_longest_silence (report));
  g_assert_cmpfloat (cal_think_aloud_report_get_talk_ratio (report), ==, 0);
  g_assert_cmpfloat (cal_think_aloud_report_get_wpm (report), ==, 0);
  g_assert_false (cal_think_aloud_report_get_summary_at_end (report));
  g_assert_cmpuint (cal_think_aloud_report_get_n_advice (report), ==, 1);
  g_assert_cmpstr (cal_think_aloud_report_get_advice (report, 0)->kind, ==, "no-words");
  json = cal_think_aloud_report_to_json (report);
  g_assert_true (json_object_get_null_member (json_node_get_object (json), "longest_silence"));

  /* A silent session is one long silence. */
  session = analyze (transcript, "debugging-flaky-test", 20);
  g_assert_cmpuint (cal_think_aloud_report_get_n_silences (session), ==, 1);
  g_assert_cmpfloat (cal_think_aloud_report_get_silence (session, 0)->end, ==, 20);
}

static void
test_unknown_prompt (void)
{
  g_autoptr(CalThinkAloud) think = cal_think_aloud_new (NULL, NULL);
  g_autoptr(CalTranscript) transcript = cal_transcript_new_from_text ("let me clarify", 0);
  g_autoptr(CalThinkAloudReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = cal_think_aloud_analyze (think, transcript, "coding-no-such-prompt", NULL, &error);
  g_assert_null (report);
  g_assert_error (error, CAL_THINK_ALOUD_ERROR, CAL_THINK_ALOUD_ERROR_UNKNOWN_PROMPT);
  g_assert_nonnull (strstr (error->message, "coding-no-such-prompt"));
}

static void
test_prompts_complete (void)
{
  static const char * const checkpoint_ids[] = { "clarify", "assumptions", "edge-cases", "approach",
                                                  "complexity", "trade-off", "verify", "summary" };
  CalPromptBank *bank = cal_prompt_bank_get_default ();
  CalCatalog *catalog = cal_catalog_get_default ();
  const char * const *bands = cal_catalog_get_bands (catalog);
  GPtrArray *prompts = cal_prompt_bank_get_prompts (bank);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (prompts->len, >=, 60);

  g_assert_cmpuint (cal_prompt_bank_get_n_checkpoints (bank), ==, G_N_ELEMENTS (checkpoint_ids));
  for (guint i = 0; i < G_N_ELEMENTS (checkpoint_ids); i++)
    {
      const CalCheckpoint *checkpoint = cal_prompt_bank_get_checkpoint (bank, i);

      g_assert_cmpstr (checkpoint->id, ==, checkpoint_ids[i]);
      g_assert_cmpstr (checkpoint->name, !=, "");
      g_assert_cmpstr (checkpoint->description, !=, "");
      g_assert_cmpstr (checkpoint->missing, !=, "");
      g_assert_cmpuint (g_strv_length (checkpoint->cues), >=, 5);
    }
  g_assert_true (g_strv_contains ((const char * const *) cal_prompt_bank_get_signposts (bank), "let me step back"));

  for (guint i = 0; i < prompts->len; i++)
    {
      const CalPrompt *prompt = g_ptr_array_index (prompts, i);
      GHashTableIter iter;
      gpointer key, value;

      g_test_message ("%s", prompt->id);
      g_assert_false (g_hash_table_contains (ids, prompt->id));
      g_hash_table_add (ids, prompt->id);
      g_hash_table_add (kinds, prompt->kind);
      g_assert_cmpuint (strlen (prompt->title), >, 0);
      g_assert_cmpuint (strlen (prompt->text), >, 40);
      g_assert_cmpuint (prompt->minutes, >=, 10);
      g_assert_cmpuint (g_strv_length (prompt->checkpoints), >=, 3);

      for (guint t = 0; prompt->tracks[t] != NULL; t++)
        g_assert_true (g_str_equal (prompt->tracks[t], "*") || cal_catalog_get_track (catalog, prompt->tracks[t]) != NULL);
      for (guint b = 0; prompt->bands[b] != NULL; b++)
        g_assert_true (g_str_equal (prompt->bands[b], "*") || g_strv_contains (bands, prompt->bands[b]));

      /* Every key checkpoint exists and has a hint of its own. */
      for (guint c = 0; prompt->checkpoints[c] != NULL; c++)
        {
          g_assert_cmpint (cal_prompt_bank_checkpoint_index (bank, prompt->checkpoints[c]), >=, 0);
          g_assert_nonnull (cal_prompt_get_hint (prompt, prompt->checkpoints[c]));
        }
      g_hash_table_iter_init (&iter, prompt->hints);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_assert_cmpint (cal_prompt_bank_checkpoint_index (bank, key), >=, 0);
          g_assert_cmpuint (strlen (value), >, 10);
        }
    }

  for (const char * const *kind = cal_prompt_kinds (); *kind != NULL; kind++)
    g_assert_true (g_hash_table_contains (kinds, *kind));
  g_assert_cmpuint (g_hash_table_size (kinds), ==, 4);
}

static void
test_prompt_loader_rejects (void)
{
  static const char *head =
    "{\"checkpoints\": [{\"id\": \"clarify\", \"name\": \"Clarify\", \"description\": \"Ask.\", "
    "\"missing\": \"Ask next time.\", \"cues\": [\"can i ask\"]}], \"signposts\": [\"next\"], \"prompts\": [";
  static const char *good =
    "{\"id\": \"p1\", \"kind\": \"coding\", \"title\": \"T\", \"text\": \"Do it.\", \"tracks\": [\"*\"], "
    "\"bands\": [\"*\"], \"minutes\": 10, \"checkpoints\": [\"clarify\"], \"hints\": {\"clarify\": \"Ask about n.\"}}";
  static const char *bad[] = {
    /* a duplicate id */
    "{\"id\": \"p1\", \"kind\": \"coding\", \"title\": \"T\", \"text\": \"Do it.\", \"tracks\": [\"*\"], \"bands\": [\"*\"], \"minutes\": 10, \"checkpoints\": [\"clarify\"]}",
    /* an unknown checkpoint */
    "{\"id\": \"p2\", \"kind\": \"coding\", \"title\": \"T\", \"text\": \"Do it.\", \"tracks\": [\"*\"], \"bands\": [\"*\"], \"minutes\": 10, \"checkpoints\": [\"verify\"]}",
    /* a hint for an unknown checkpoint */
    "{\"id\": \"p2\", \"kind\": \"coding\", \"title\": \"T\", \"text\": \"Do it.\", \"tracks\": [\"*\"], \"bands\": [\"*\"], \"minutes\": 10, \"checkpoints\": [\"clarify\"], \"hints\": {\"verify\": \"x\"}}",
    /* an empty text */
    "{\"id\": \"p2\", \"kind\": \"coding\", \"title\": \"T\", \"text\": \"  \", \"tracks\": [\"*\"], \"bands\": [\"*\"], \"minutes\": 10, \"checkpoints\": [\"clarify\"]}",
    /* an unknown kind */
    "{\"id\": \"p2\", \"kind\": \"trivia\", \"title\": \"T\", \"text\": \"Do it.\", \"tracks\": [\"*\"], \"bands\": [\"*\"], \"minutes\": 10, \"checkpoints\": [\"clarify\"]}",
    /* no tracks */
    "{\"id\": \"p2\", \"kind\": \"coding\", \"title\": \"T\", \"text\": \"Do it.\", \"tracks\": [], \"bands\": [\"*\"], \"minutes\": 10, \"checkpoints\": [\"clarify\"]}",
  };
  g_autofree char *ok_json = g_strconcat (head, good, "]}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalPromptBank) ok = cal_prompt_bank_new_from_data (ok_json, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cal_prompt_bank_get_prompt (ok, "p1"));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = g_strconcat (head, good, ", ", bad[i], "]}", NULL);
      g_autoptr(GError) bad_error = NULL;
      g_autoptr(CalPromptBank) bank = cal_prompt_bank_new_from_data (json, -1, &bad_error);

      g_test_message ("case %u", i);
      g_assert_null (bank);
      g_assert_error (bad_error, CAL_PROMPT_BANK_ERROR, CAL_PROMPT_BANK_ERROR_INVALID);
    }
}

static void
test_find_prompts (void)
{
  CalPromptBank *bank = cal_prompt_bank_get_default ();
  g_autoptr(GPtrArray) all = cal_prompt_bank_find_prompts (bank, NULL, NULL, NULL);
  g_autoptr(GPtrArray) design = cal_prompt_bank_find_prompts (bank, "system-design", NULL, NULL);
  g_autoptr(GPtrArray) mobile_entry = cal_prompt_bank_find_prompts (bank, NULL, "mobile-engineer", "entry");
  g_autoptr(GPtrArray) pm_design = cal_prompt_bank_find_prompts (bank, "system-design", "product-manager", NULL);

  g_assert_cmpuint (all->len, ==, cal_prompt_bank_get_prompts (bank)->len);
  g_assert_cmpuint (design->len, >=, 10);
  for (guint i = 0; i < design->len; i++)
    g_assert_cmpstr (((CalPrompt *) g_ptr_array_index (design, i))->kind, ==, "system-design");

  g_assert_cmpuint (mobile_entry->len, >, 0);
  for (guint i = 0; i < mobile_entry->len; i++)
    {
      const CalPrompt *prompt = g_ptr_array_index (mobile_entry, i);

      g_assert_true (g_strv_contains ((const char * const *) prompt->tracks, "*") ||
                     g_strv_contains ((const char * const *) prompt->tracks, "mobile-engineer"));
      g_assert_true (g_strv_contains ((const char * const *) prompt->bands, "*") ||
                     g_strv_contains ((const char * const *) prompt->bands, "entry"));
    }
  /* The crash-on-rotation prompt is for mobile; the ledger design is not. */
  g_assert_true (g_ptr_array_find (mobile_entry, cal_prompt_bank_get_prompt (bank, "debugging-crash-on-rotate"), NULL));
  g_assert_false (g_ptr_array_find (mobile_entry, cal_prompt_bank_get_prompt (bank, "system-design-payments-ledger"), NULL));

  /* Product managers get the link shortener (open to every track) and no
   * backend-only design. */
  g_assert_true (g_ptr_array_find (pm_design, cal_prompt_bank_get_prompt (bank, "system-design-url-shortener"), NULL));
  g_assert_false (g_ptr_array_find (pm_design, cal_prompt_bank_get_prompt (bank, "system-design-chat"), NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/think-aloud/silences", test_silences);
  g_test_add_func ("/think-aloud/leading-trailing", test_leading_trailing);
  g_test_add_func ("/think-aloud/checkpoints", test_checkpoints);
  g_test_add_func ("/think-aloud/checkpoints-unrelated", test_checkpoints_unrelated);
  g_test_add_func ("/think-aloud/signposts", test_signposts);
  g_test_add_func ("/think-aloud/summary-at-end", test_summary_at_end);
  g_test_add_func ("/think-aloud/talk-ratio", test_talk_ratio);
  g_test_add_func ("/think-aloud/advice", test_advice);
  g_test_add_func ("/think-aloud/advice-checkpoints-in-order", test_advice_checkpoints_in_order);
  g_test_add_func ("/think-aloud/determinism", test_determinism);
  g_test_add_func ("/think-aloud/history", test_history);
  g_test_add_func ("/think-aloud/empty", test_empty);
  g_test_add_func ("/think-aloud/unknown-prompt", test_unknown_prompt);
  g_test_add_func ("/prompts/complete", test_prompts_complete);
  g_test_add_func ("/prompts/loader-rejects", test_prompt_loader_rejects);
  g_test_add_func ("/prompts/find", test_find_prompts);

  return g_test_run ();
}
