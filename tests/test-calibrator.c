/* test-calibrator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-calibrator.h"
#include "cal-star.h"

static CalCalibration *
calibrate (const char *text,
           const char *level)
{
  g_autoptr(CalCalibrator) calibrator = cal_calibrator_new (NULL);
  g_autoptr(GError) error = NULL;
  CalCalibration *result = cal_calibrator_calibrate_text (calibrator, text, level, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static gboolean
has_suggestion (CalCalibration *result,
                const char     *kind)
{
  for (guint i = 0; i < cal_calibration_get_n_suggestions (result); i++)
    if (g_str_equal (cal_calibration_get_suggestion (result, i)->kind, kind))
      return TRUE;
  return FALSE;
}

static void
test_scope_rungs (void)
{
  static const struct { const char *text; CalScope scope; } cases[] = {
    { "I fixed my ticket about a date bug and my mentor reviewed the pull request.", CAL_SCOPE_TASK },
    { "I built the feature end to end and launched it with the product manager.", CAL_SCOPE_PROJECT },
    { "I changed how our team runs its on-call rotation and my teammates kept it.", CAL_SCOPE_TEAM },
    { "I got three teams to share one deploy pipeline and the other teams followed.", CAL_SCOPE_MULTI_TEAM },
    { "I set the reliability standard across the org and every engineer now uses it.", CAL_SCOPE_ORG },
    { "I led a company-wide pricing change that the board approved for all customers.", CAL_SCOPE_COMPANY },
    { "I hired and led a group of 30 engineers in four squads.", CAL_SCOPE_MULTI_TEAM },
    { "Our department of 200 people moved to one planning cycle.", CAL_SCOPE_ORG },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CalCalibration) result = calibrate (cases[i].text, NULL);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (cal_scope_to_string (cal_calibration_get_scope (result)), ==,
                       cal_scope_to_string (cases[i].scope));
    }
}

static void
test_impact_first (void)
{
  g_autoptr(CalCalibration) lead = calibrate ("I cut p95 latency 40% for 30 engineers by caching builds. "
                                              "The build was slow. I profiled it.", "senior");
  g_autoptr(CalCalibration) buried = calibrate ("The build was slow and everyone complained. I profiled it. "
                                                "In the end I cut p95 latency 40% for 30 engineers.", "senior");
  const CalSuggestion *first;

  g_assert_true (cal_calibration_get_impact_first (lead));
  g_assert_false (cal_calibration_get_impact_first (buried));

  /* The suggestion names the sentence to move up. */
  first = cal_calibration_get_suggestion (buried, 0);
  g_assert_cmpstr (first->kind, ==, "impact-first");
  g_assert_cmpstr (first->sentence, ==, "In the end I cut p95 latency 40% for 30 engineers.");
  g_assert_nonnull (strstr (first->text, "Lead with the result"));
}

static void
test_metric_before_after (void)
{
  g_autoptr(CalCalibration) none = calibrate ("I made the page faster and people liked it.", NULL);
  g_autoptr(CalCalibration) plain = calibrate ("I made the page load in 300 ms.", NULL);
  g_autoptr(CalCalibration) both = calibrate ("Load time went from 2.4 s to 300 ms.", NULL);
  g_autoptr(CalCalibration) down = calibrate ("Errors fell to 0.1%, down from 3%.", NULL);
  g_autoptr(CalCalibration) money = calibrate ("It saved $1.2m a year.", NULL);
  g_autoptr(CalCalibration) year = calibrate ("In 2019 I joined the team.", NULL);

  g_assert_false (cal_calibration_get_has_metric (none));
  g_assert_true (has_suggestion (none, "metric"));
  g_assert_true (cal_calibration_get_has_metric (plain));
  g_assert_false (cal_calibration_get_before_after (plain));
  g_assert_true (has_suggestion (plain, "before-after"));
  g_assert_true (cal_calibration_get_has_metric (both));
  g_assert_true (cal_calibration_get_before_after (both));
  g_assert_true (cal_calibration_get_before_after (down));
  g_assert_true (cal_calibration_get_has_metric (money));
  g_assert_false (cal_calibration_get_has_metric (year));
}

static void
test_star_headings (void)
{
  static const struct { const char *line; CalStarPart part; } headings[] = {
    { "Situation:", CAL_STAR_SITUATION },
    { "**S**: we had a problem", CAL_STAR_SITUATION },
    { "## Task", CAL_STAR_TASK },
    { "Task/Challenge: do it", CAL_STAR_TASK },
    { "**Action:** I did it", CAL_STAR_ACTION },
    { "### What I did", CAL_STAR_ACTION },
    { "Result/Outcome — it worked", CAL_STAR_RESULT },
    { "**R**", CAL_STAR_RESULT },
    { "Impact:", CAL_STAR_RESULT },
  };
  static const char * const not_headings[] = {
    "Result of the change was good.", "Actions speak louder", "A plan", "Situations like this are rare.",
  };
  g_autoptr(CalStarText) star = NULL;
  g_autoptr(CalStarText) none = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      CalStarPart part;

      g_test_message ("%s", headings[i].line);
      g_assert_true (cal_star_parse_heading (headings[i].line, &part, NULL));
      g_assert_cmpint (part, ==, headings[i].part);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_headings); i++)
    {
      CalStarPart part;

      g_assert_false (cal_star_parse_heading (not_headings[i], &part, NULL));
    }

  star = cal_star_text_split ("---\nscope: team\n---\n# Title here\n\n**S**: Context line.\n\n## Task\n\nThe task.\n\n"
                              "Action: First step.\nSecond step.\n\nResult/Outcome: It worked.\n");
  g_assert_cmpstr (star->front_matter, ==, "scope: team");
  g_assert_cmpstr (star->title, ==, "Title here");
  g_assert_true (star->has_headings);
  g_assert_cmpstr (star->parts[CAL_STAR_SITUATION], ==, "Context line.");
  g_assert_cmpstr (star->parts[CAL_STAR_TASK], ==, "The task.");
  g_assert_cmpstr (star->parts[CAL_STAR_ACTION], ==, "First step.\nSecond step.");
  g_assert_cmpstr (star->parts[CAL_STAR_RESULT], ==, "It worked.");

  none = cal_star_text_split ("Just a paragraph. With two sentences.");
  g_assert_false (none->has_headings);
  g_assert_cmpstr (none->preamble, ==, "Just a paragraph. With two sentences.");

  {
    g_autoptr(CalCalibration) partial = calibrate ("Situation: The app crashed.\n\nAction: I fixed the crash.\n", NULL);
    g_autoptr(CalCalibration) inferred = calibrate ("When I joined, the app crashed daily. I was asked to fix it. "
                                                    "I added a crash reporter and rewrote the parser. "
                                                    "As a result crashes dropped 90%.", NULL);

    g_assert_true (cal_calibration_get_star (partial, CAL_STAR_SITUATION));
    g_assert_false (cal_calibration_get_star (partial, CAL_STAR_TASK));
    g_assert_true (cal_calibration_get_star (partial, CAL_STAR_ACTION));
    g_assert_false (cal_calibration_get_star (partial, CAL_STAR_RESULT));
    g_assert_true (has_suggestion (partial, "star"));

    for (guint p = 0; p < CAL_STAR_N; p++)
      g_assert_true (cal_calibration_get_star (inferred, p));
  }
}

static void
test_i_we_hedges_passive (void)
{
  g_autoptr(CalCalibration) result = calibrate (
    "Situation: Our service was slow.\n\n"
    "Action: We profiled it. We rewrote the cache and we tuned the pool. Then we shipped it. "
    "I think I helped a bit. The config was changed and the servers were rebuilt by ops.\n\n"
    "Result: Maybe it got faster.\n", "senior");
  GHashTable *hedges = cal_calibration_get_hedges (result);

  g_assert_cmpuint (cal_calibration_get_we_count (result), ==, 5);
  g_assert_cmpuint (cal_calibration_get_i_count (result), ==, 2);
  g_assert_cmpfloat_with_epsilon (cal_calibration_get_i_we_ratio (result), 0.4, 1e-9);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (hedges, "i think")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (hedges, "maybe")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (hedges, "a bit")), ==, 1);
  g_assert_cmpuint (cal_calibration_get_passive_in_action (result), ==, 2);
  g_assert_true (has_suggestion (result, "i-we"));
  g_assert_true (has_suggestion (result, "passive"));
  g_assert_true (has_suggestion (result, "hedge"));

  {
    g_autoptr(CalCalibration) adjectives = calibrate ("Action: I was excited and the shards were unbalanced.", NULL);

    g_assert_cmpuint (cal_calibration_get_passive_in_action (adjectives), ==, 0);
  }
}

static void
test_verdict (void)
{
  const char *team_story = "I moved our team to trunk-based development and my teammates now merge daily.";
  g_autoptr(CalCalibration) below = calibrate (team_story, "staff");
  g_autoptr(CalCalibration) at = calibrate (team_story, "senior");
  g_autoptr(CalCalibration) above = calibrate (team_story, "mid");
  g_autoptr(CalCalibration) manager = calibrate (team_story, "manager");
  g_autoptr(CalCalibrator) calibrator = cal_calibrator_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCalibration) bogus = NULL;

  g_assert_cmpint (cal_calibration_get_verdict (below), ==, CAL_VERDICT_BELOW);
  g_assert_cmpint (cal_calibration_get_verdict (at), ==, CAL_VERDICT_AT);
  g_assert_cmpint (cal_calibration_get_verdict (above), ==, CAL_VERDICT_ABOVE);
  g_assert_cmpstr (cal_calibration_get_detected_level (below), ==, "senior");
  g_assert_cmpstr (cal_calibration_get_detected_level (manager), ==, "manager");
  g_assert_cmpint (cal_calibration_get_verdict (manager), ==, CAL_VERDICT_AT);

  /* Below: say what the level needs; at: what half a step above needs. */
  g_assert_true (has_suggestion (below, "scope"));
  g_assert_nonnull (strstr (cal_calibration_get_suggestion (below, 1)->text, "To read as Staff"));
  g_assert_true (has_suggestion (at, "half-step"));
  g_assert_nonnull (strstr (cal_calibration_get_aim (at), "half a step above Senior"));

  bogus = cal_calibrator_calibrate_text (calibrator, team_story, "wizard", &error);
  g_assert_null (bogus);
  g_assert_error (error, CAL_CALIBRATOR_ERROR, CAL_CALIBRATOR_ERROR_UNKNOWN_LEVEL);
}

static void
test_suggestions_quote_sentences (void)
{
  const char *text = "Situation: Checkout failed for some users and support was flooded.\n\n"
                     "Task: I had to find the cause.\n\n"
                     "Action: We read logs. We added tracing. We found a race. We fixed it. "
                     "The fix was reviewed by the team.\n\n"
                     "Result: I think things got better.\n";
  g_autoptr(CalCalibration) result = calibrate (text, "staff");
  guint quoted = 0;

  g_assert_cmpuint (cal_calibration_get_n_suggestions (result), >=, 4);
  for (guint i = 0; i < cal_calibration_get_n_suggestions (result); i++)
    {
      const CalSuggestion *suggestion = cal_calibration_get_suggestion (result, i);

      g_assert_nonnull (suggestion->text);
      g_assert_cmpstr (suggestion->text, !=, "");
      if (suggestion->sentence != NULL)
        {
          g_assert_nonnull (strstr (text, suggestion->sentence));
          quoted++;
        }
    }
  g_assert_cmpuint (quoted, >=, 3);
}

static void
test_separate_parts_and_determinism (void)
{
  g_autoptr(CalCalibrator) calibrator = cal_calibrator_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCalibration) a = cal_calibrator_calibrate_story (calibrator, "Three teams shipped slowly.",
                                                                "I owned the release tooling.",
                                                                "I built a release train and I trained the leads.",
                                                                "Releases went from monthly to weekly for four teams.",
                                                                "staff", &error);
  g_autoptr(CalCalibration) b = cal_calibrator_calibrate_story (calibrator, "Three teams shipped slowly.",
                                                                "I owned the release tooling.",
                                                                "I built a release train and I trained the leads.",
                                                                "Releases went from monthly to weekly for four teams.",
                                                                "staff", &error);
  g_autoptr(JsonNode) ja = cal_calibration_to_json (a);
  g_autoptr(JsonNode) jb = cal_calibration_to_json (b);
  g_autofree char *sa = json_to_string (ja, TRUE);
  g_autofree char *sb = json_to_string (jb, TRUE);
  JsonObject *object = json_node_get_object (ja);
  static const char * const fields[] = {
    "scope", "detected_level", "target_level", "verdict", "impact_first", "has_metric", "before_after",
    "star", "i_we_ratio", "hedges", "passive_in_action", "suggestions",
  };

  g_assert_no_error (error);
  g_assert_cmpstr (sa, ==, sb);
  g_assert_cmpint (cal_calibration_get_scope (a), ==, CAL_SCOPE_MULTI_TEAM);
  for (guint p = 0; p < CAL_STAR_N; p++)
    g_assert_true (cal_calibration_get_star (a, p));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_true (json_object_has_member (object, fields[i]));
  g_assert_cmpstr (json_object_get_string_member (object, "verdict"), ==, "at");
}

static void
test_empty_huge_invalid (void)
{
  g_autoptr(CalCalibrator) calibrator = cal_calibrator_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCalibration) empty = calibrate ("", "senior");
  g_autoptr(CalCalibration) blank = calibrate ("  \n\n## Situation\n\n", NULL);
  g_autoptr(CalCalibration) invalid = NULL;
  g_autoptr(CalCalibration) huge = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  gint64 start;

  g_assert_cmpint (cal_calibration_get_scope (empty), ==, CAL_SCOPE_TASK);
  g_assert_false (cal_calibration_get_impact_first (empty));
  g_assert_cmpuint (cal_calibration_get_n_suggestions (empty), >=, 1);
  g_assert_cmpint (cal_calibration_get_verdict (empty), ==, CAL_VERDICT_BELOW);
  g_assert_false (cal_calibration_get_star (blank, CAL_STAR_SITUATION));

  invalid = cal_calibrator_calibrate_text (calibrator, "caf\xc3\x28 story", NULL, &error);
  g_assert_null (invalid);
  g_assert_error (error, CAL_CALIBRATOR_ERROR, CAL_CALIBRATOR_ERROR_INVALID_TEXT);

  /* A 100 000-word paste is handled in one pass, not refused. */
  for (guint i = 0; i < 5000; i++)
    g_string_append (big, "We moved three teams to the new pipeline and cut deploys from 40 to 9 minutes. ");
  start = g_get_monotonic_time ();
  huge = calibrate (big->str, "staff");
  g_assert_cmpint (cal_calibration_get_scope (huge), ==, CAL_SCOPE_MULTI_TEAM);
  g_assert_true (cal_calibration_get_before_after (huge));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 30 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calibrator/scope-rungs", test_scope_rungs);
  g_test_add_func ("/calibrator/impact-first", test_impact_first);
  g_test_add_func ("/calibrator/metric-before-after", test_metric_before_after);
  g_test_add_func ("/calibrator/star-headings", test_star_headings);
  g_test_add_func ("/calibrator/i-we-hedges-passive", test_i_we_hedges_passive);
  g_test_add_func ("/calibrator/verdict", test_verdict);
  g_test_add_func ("/calibrator/suggestions-quote-sentences", test_suggestions_quote_sentences);
  g_test_add_func ("/calibrator/separate-parts-determinism", test_separate_parts_and_determinism);
  g_test_add_func ("/calibrator/empty-huge-invalid", test_empty_huge_invalid);

  return g_test_run ();
}
