/* test-cv-matcher.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-cv-matcher.h"

static const char *jd =
  "# Senior Backend Engineer\n\n"
  "Acme is hiring engineers for its payments platform.\n\n"
  "## Requirements\n"
  "- 5+ years of experience with Python and PostgreSQL.\n"
  "- You have operated Kubernetes and Apache Kafka in production.\n\n"
  "## Nice to have\n"
  "- Terraform\n";

static const char *cv =
  "Alex Doe\n"
  "Backend engineer, 7 years\n\n"
  "Experience\n"
  "- Built billing APIs in Python on top of PostgreSQL at Foo Corp.\n"
  "- Wrote Terraform modules for our AWS accounts.\n";

static CalCvGapReport *
run (const char     *cv_text,
     GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CalJdAnalyzer) analyzer = cal_jd_analyzer_new (NULL, &local_error);
  g_autoptr(CalCvMatcher) matcher = NULL;
  g_autoptr(CalJdAnalysis) analysis = NULL;

  g_assert_no_error (local_error);
  analysis = cal_jd_analyzer_analyze (analyzer, jd, NULL, &local_error);
  g_assert_no_error (local_error);
  matcher = cal_cv_matcher_new (analyzer);
  return cal_cv_matcher_match (matcher, cv_text, analysis, error);
}

static CalCvSkillMatch *
find_match (CalCvGapReport *r,
            const char     *id)
{
  for (guint i = 0; i < r->matched->len; i++)
    if (g_str_equal (((CalCvSkillMatch *) g_ptr_array_index (r->matched, i))->id, id))
      return g_ptr_array_index (r->matched, i);
  return NULL;
}

static CalCvGap *
find_gap (CalCvGapReport *r,
          const char     *id)
{
  for (guint i = 0; i < r->missing->len; i++)
    if (g_str_equal (((CalCvGap *) g_ptr_array_index (r->missing, i))->id, id))
      return g_ptr_array_index (r->missing, i);
  return NULL;
}

static void
test_matched_and_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCvGapReport) r = run (cv, &error);
  CalCvSkillMatch *python, *terraform;
  CalCvGap *kafka, *kubernetes;

  g_assert_no_error (error);

  python = find_match (r, "python");
  g_assert_nonnull (python);
  g_assert_true (python->required);
  g_assert_cmpstr (python->cv_evidence, ==, "Built billing APIs in Python on top of PostgreSQL at Foo Corp.");
  g_assert_nonnull (find_match (r, "postgresql"));
  terraform = find_match (r, "terraform");
  g_assert_nonnull (terraform);
  g_assert_false (terraform->required);

  kafka = find_gap (r, "kafka");
  kubernetes = find_gap (r, "kubernetes");
  g_assert_nonnull (kafka);
  g_assert_nonnull (kubernetes);
  g_assert_true (kafka->required);
  g_assert_nonnull (strstr (kafka->jd_evidence, "Apache Kafka"));
  for (guint i = 0; i < r->missing->len; i++)
    {
      CalCvGap *gap = g_ptr_array_index (r->missing, i);

      g_assert_cmpuint (gap->questions->len, >=, 1);
      g_assert_cmpuint (gap->questions->len, <=, 2);
      for (guint j = 0; j < gap->questions->len; j++)
        {
          CalJdQuestion *q = g_ptr_array_index (gap->questions, j);
          g_assert_nonnull (strstr (q->why, gap->name));
        }
    }
  g_assert_null (find_gap (r, "python"));
}

static void
test_json_and_determinism (void)
{
  g_autoptr(CalCvGapReport) a = run (cv, NULL);
  g_autoptr(CalCvGapReport) b = run (cv, NULL);
  g_autoptr(JsonNode) na = cal_cv_gap_report_to_json (a);
  g_autoptr(JsonNode) nb = cal_cv_gap_report_to_json (b);
  g_autofree char *ja = json_to_string (na, FALSE);
  g_autofree char *jb = json_to_string (nb, FALSE);
  JsonObject *o = json_node_get_object (na);

  g_assert_cmpstr (ja, ==, jb);
  g_assert_true (json_object_has_member (o, "matched"));
  g_assert_true (json_object_has_member (o, "missing"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "missing")), ==, a->missing->len);
}

/* A CV says what the person did, in the past tense: "mentored" shows the
 * mentoring a JD asks for. */
static void
test_past_tense_mentoring (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJdAnalyzer) analyzer = cal_jd_analyzer_new (NULL, &error);
  g_autoptr(CalCvMatcher) matcher = cal_cv_matcher_new (analyzer);
  g_autoptr(CalJdAnalysis) analysis = NULL;
  g_autoptr(CalCvGapReport) r = NULL;
  CalCvSkillMatch *mentoring;

  g_assert_no_error (error);
  analysis = cal_jd_analyzer_analyze (analyzer,
                                      "# Senior Site Reliability Engineer\n\n"
                                      "## Requirements\n"
                                      "- Operate Kubernetes in production.\n"
                                      "- Mentoring of other engineers on the team.\n",
                                      NULL, &error);
  g_assert_no_error (error);
  r = cal_cv_matcher_match (matcher,
                            "Sam Roe\n- Mentored three junior engineers through their first on-call rotation.\n",
                            analysis, &error);
  g_assert_no_error (error);
  mentoring = find_match (r, "mentoring");
  g_assert_nonnull (mentoring);
  g_assert_cmpstr (mentoring->cv_evidence, ==, "Mentored three junior engineers through their first on-call rotation.");
  g_assert_null (find_gap (r, "mentoring"));
  g_assert_nonnull (find_gap (r, "kubernetes"));
}

static void
test_empty_cv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCvGapReport) r = run ("  \n ", &error);

  g_assert_null (r);
  g_assert_error (error, CAL_JD_ERROR, CAL_JD_ERROR_EMPTY);
}

static void
test_cv_without_skills (void)
{
  g_autoptr(CalCvGapReport) r = run ("I like long walks and good coffee.\n", NULL);

  g_assert_cmpuint (r->matched->len, ==, 0);
  g_assert_nonnull (find_gap (r, "python"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cv-matcher/matched-and-missing", test_matched_and_missing);
  g_test_add_func ("/cv-matcher/json-and-determinism", test_json_and_determinism);
  g_test_add_func ("/cv-matcher/past-tense-mentoring", test_past_tense_mentoring);
  g_test_add_func ("/cv-matcher/empty-cv", test_empty_cv);
  g_test_add_func ("/cv-matcher/cv-without-skills", test_cv_without_skills);

  return g_test_run ();
}
