/* test-jd-analyzer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cal-jd-analyzer.h"
#include "cal-recruiter-email.h"
#include "cal-text-extract.h"

static CalJdAnalyzer *
new_analyzer (void)
{
  g_autoptr(GError) error = NULL;
  CalJdAnalyzer *analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);

  g_assert_no_error (error);
  return analyzer;
}

static CalJdAnalysis *
analyze (const char *text)
{
  g_autoptr(CalJdAnalyzer) analyzer = new_analyzer ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CalExtractedText) extracted = cal_text_extract_string (text, &error);
  CalJdAnalysis *analysis;

  g_assert_no_error (error);
  analysis = cal_jd_analyzer_analyze (analyzer, extracted->text, extracted->front_matter, &error);
  g_assert_no_error (error);
  g_assert_nonnull (analysis);
  return analysis;
}

static gboolean
has_skill (GPtrArray  *skills,
           const char *id)
{
  for (guint i = 0; i < skills->len; i++)
    if (g_str_equal (((CalJdSkill *) g_ptr_array_index (skills, i))->id, id))
      return TRUE;
  return FALSE;
}

static const char *senior_backend =
  "# Senior Backend Engineer\n\n"
  "Acme is hiring a Senior Backend Engineer for our payments team. This is a fully remote role.\n\n"
  "## What you'll do\n\n"
  "- Build services that move money for millions of customers.\n"
  "- Work with product managers and designers on the roadmap.\n"
  "- Mentor engineers and lead the design of new systems.\n\n"
  "## Requirements\n\n"
  "- 5+ years of professional experience building backend systems.\n"
  "- Strong Python and PostgreSQL; you have run Kubernetes in production.\n\n"
  "## Nice to have\n\n"
  "- Rust\n"
  "- Experience with Terraform is a plus.\n\n"
  "## Hiring process\n\n"
  "A recruiter call, a take-home exercise, then a final loop.\n";

static void
test_fields (void)
{
  g_autoptr(CalJdAnalysis) a = analyze (senior_backend);
  GPtrArray *required = cal_jd_analysis_get_required_skills (a);
  GPtrArray *preferred = cal_jd_analysis_get_preferred_skills (a);
  GPtrArray *rounds = cal_jd_analysis_get_rounds (a);
  GPtrArray *questions = cal_jd_analysis_get_questions (a);
  gboolean take_home = FALSE;

  g_assert_cmpstr (cal_jd_analysis_get_company (a), ==, "Acme");
  g_assert_cmpstr (cal_jd_analysis_get_title (a), ==, "Senior Backend Engineer");
  g_assert_cmpstr (cal_jd_analysis_get_track (a), ==, "backend-engineer");
  g_assert_cmpstr (cal_jd_analysis_get_level (a), ==, "senior");
  g_assert_cmpstr (cal_jd_analysis_get_band (a), ==, "senior");
  g_assert_cmpfloat (cal_jd_analysis_get_level_confidence (a), >=, 0.6);
  g_assert_cmpstr (cal_jd_analysis_get_remote (a), ==, "remote");
  g_assert_cmpint (cal_jd_analysis_get_years_min (a), ==, 5);

  g_assert_true (has_skill (required, "python"));
  g_assert_true (has_skill (required, "postgresql"));
  g_assert_true (has_skill (required, "kubernetes"));
  g_assert_true (has_skill (preferred, "rust"));
  g_assert_true (has_skill (preferred, "terraform"));
  g_assert_false (has_skill (required, "rust"));
  g_assert_false (has_skill (required, "hiring"));

  g_assert_true (g_strv_contains (cal_jd_analysis_get_product_areas (a), "payments"));
  g_assert_true (g_strv_contains (cal_jd_analysis_get_stakeholders (a), "product managers"));
  g_assert_true (g_strv_contains (cal_jd_analysis_get_stakeholders (a), "designers"));
  g_assert_true (g_strv_contains (cal_jd_analysis_get_stakeholders (a), "customers"));

  g_assert_cmpuint (rounds->len, >=, 3);
  for (guint i = 0; i < rounds->len; i++)
    {
      CalJdRound *r = g_ptr_array_index (rounds, i);
      g_assert_nonnull (r->kind);
      g_assert_nonnull (r->why);
      if (g_str_equal (r->kind, "take-home"))
        {
          take_home = TRUE;
          g_assert_cmpstr (r->why, ==, "JD mentions a take-home exercise");
        }
    }
  g_assert_true (take_home);

  g_assert_cmpuint (questions->len, >=, 10);
  g_assert_cmpuint (questions->len, <=, 25);
  for (guint i = 0; i < questions->len; i++)
    {
      CalJdQuestion *q = g_ptr_array_index (questions, i);
      g_assert_nonnull (q->text);
      g_assert_nonnull (q->why);
      g_assert_nonnull (q->round);
    }
}

static void
test_json_fields (void)
{
  g_autoptr(CalJdAnalysis) a = analyze (senior_backend);
  g_autoptr(JsonNode) node = cal_jd_analysis_to_json (a);
  JsonObject *o = json_node_get_object (node);
  const char *names[] = { "company", "title", "track", "level", "level_confidence", "remote",
                          "years_min", "skills", "product_areas", "stakeholders", "rounds", "questions" };
  JsonObject *skills;
  JsonObject *q;
  g_autoptr(CalJdAnalysis) back = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (json_object_has_member (o, names[i]));
  skills = json_object_get_object_member (o, "skills");
  g_assert_true (json_object_has_member (skills, "required"));
  g_assert_true (json_object_has_member (skills, "preferred"));
  q = json_array_get_object_element (json_object_get_array_member (o, "questions"), 0);
  g_assert_true (json_object_has_member (q, "text") && json_object_has_member (q, "round") &&
                 json_object_has_member (q, "competency") && json_object_has_member (q, "why"));
  g_assert_cmpint (json_object_get_int_member (o, "years_min"), ==, 5);

  /* What the store keeps reads back the same. */
  back = cal_jd_analysis_new_from_json (node, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_jd_analysis_get_level (back), ==, "senior");
  g_assert_cmpuint (cal_jd_analysis_get_required_skills (back)->len, ==,
                    cal_jd_analysis_get_required_skills (a)->len);
  g_assert_cmpuint (cal_jd_analysis_get_questions (back)->len, ==, cal_jd_analysis_get_questions (a)->len);
}

static void
test_remote_kinds (void)
{
  struct { const char *line; const char *want; } cases[] = {
    { "We work hybrid: three days a week in the office in Berlin.", "hybrid" },
    { "This role is on-site in our Paris office five days a week.", "onsite" },
    { "This is not a remote position; you will work on-site in Austin.", "onsite" },
    { "Location: Remote (Europe)", "remote" },
    { "We care about code quality and fast feedback.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("# Data Engineer\n\nWe build pipelines with Python and SQL for analysts.\n\n%s\n", cases[i].line);
      g_autoptr(CalJdAnalysis) a = analyze (text);

      g_assert_cmpstr (cal_jd_analysis_get_remote (a), ==, cases[i].want);
      g_assert_cmpstr (cal_jd_analysis_get_track (a), ==, "data-engineer");
    }
}

static void
test_levels (void)
{
  struct { const char *title; const char *level; } cases[] = {
    { "Staff Software Engineer", "staff" },
    { "Principal Product Designer", "principal" },
    { "Software Engineer II", "mid" },
    { "Junior Frontend Developer", "junior" },
    { "Engineering Manager, Platform", "manager" },
    { "Senior Product Manager", "senior" },
    { "Director of Engineering", "director" },
    { "Software Engineering Intern", "intern" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("# %s\n\nJoin Initech and help our teams ship reliable software to customers every week.\n",
                                               cases[i].title);
      g_autoptr(CalJdAnalysis) a = analyze (text);

      if (g_strcmp0 (cal_jd_analysis_get_level (a), cases[i].level) != 0)
        g_error ("“%s”: level %s, expected %s", cases[i].title, cal_jd_analysis_get_level (a), cases[i].level);
      g_assert_cmpstr (cal_jd_analysis_get_company (a), ==, "Initech");
    }
}

static void
test_multi_level (void)
{
  g_autoptr(CalJdAnalysis) single = analyze ("# Staff Backend Engineer\n\nAcme is hiring. You will set technical direction across multiple teams.\n");
  g_autoptr(CalJdAnalysis) multi = analyze ("# Senior/Staff Backend Engineer\n\nAcme is hiring. You will set technical direction across multiple teams.\n"
                                            "- 8+ years of professional experience.\n");
  const char * const *alternatives = cal_jd_analysis_get_level_alternatives (multi);

  g_assert_cmpstr (cal_jd_analysis_get_level (multi), ==, "staff");
  g_assert_nonnull (alternatives[0]);
  g_assert_cmpstr (alternatives[0], ==, "senior");
  g_assert_cmpfloat (cal_jd_analysis_get_level_confidence (multi), <, cal_jd_analysis_get_level_confidence (single));
  g_assert_null (cal_jd_analysis_get_level_alternatives (single)[0]);
}

static void
test_front_matter_wins (void)
{
  g_autoptr(CalJdAnalysis) a = analyze ("---\ncompany: Globex\ntitle: Senior Site Reliability Engineer\n---\n"
                                        "# Careers\n\nAt Initech we keep Initech running. Initech loves Initech.\n");

  g_assert_cmpstr (cal_jd_analysis_get_company (a), ==, "Globex");
  g_assert_cmpstr (cal_jd_analysis_get_title (a), ==, "Senior Site Reliability Engineer");
  g_assert_cmpstr (cal_jd_analysis_get_track (a), ==, "sre");
  g_assert_cmpstr (cal_jd_analysis_get_level (a), ==, "senior");
}

/* A text that spells the company both ways means the brand's spelling. */
static void
test_company_brand_spelling (void)
{
  g_autoptr(CalJdAnalysis) a = analyze ("# Site Reliability Engineer\n\n"
                                        "Posthog is hiring. At Posthog you will keep the platform fast.\n"
                                        "Everyone at PostHog is on call once a month.\n");

  g_assert_cmpstr (cal_jd_analysis_get_company (a), ==, "PostHog");
}

static void
test_ambiguous_skills (void)
{
  g_autoptr(CalJdAnalysis) a = analyze ("# Backend Engineer\n\nGo further with us: we rust-proof old systems and swift changes are welcome.\n"
                                        "You write services in Go and Python.\n");
  g_autoptr(CalJdAnalysis) b = analyze ("# Backend Engineer\n\nGo further with us, and ship quickly.\nYou write services in Python and Java.\n");
  GPtrArray *skills = cal_jd_analysis_get_required_skills (a);

  g_assert_true (has_skill (skills, "go"));
  g_assert_false (has_skill (skills, "rust"));
  g_assert_false (has_skill (skills, "swift"));
  g_assert_false (has_skill (cal_jd_analysis_get_required_skills (b), "go"));
}

static void
test_years (void)
{
  struct { const char *line; int years; } cases[] = {
    { "- 3-5 years of experience with distributed systems.", 3 },
    { "- At least four years of professional experience.", 4 },
    { "- 7 or more years of software engineering experience.", 7 },
    { "- Founded 12 years ago, we now serve millions.", -1 },
    { "- Ideally 6+ years of experience.", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("# Software Engineer\n\nWe build software for hospitals.\n\n## Requirements\n%s\n", cases[i].line);
      g_autoptr(CalJdAnalysis) a = analyze (text);

      if (cal_jd_analysis_get_years_min (a) != cases[i].years)
        g_error ("“%s”: %d years, expected %d", cases[i].line, cal_jd_analysis_get_years_min (a), cases[i].years);
    }
}

static void
test_deterministic (void)
{
  g_autoptr(CalJdAnalysis) a = analyze (senior_backend);
  g_autoptr(CalJdAnalysis) b = analyze (senior_backend);
  g_autofree char *ja = cal_jd_analysis_to_json_string (a);
  g_autofree char *jb = cal_jd_analysis_to_json_string (b);

  g_assert_cmpstr (ja, ==, jb);
}

static void
test_bad_inputs (void)
{
  g_autoptr(CalJdAnalyzer) analyzer = new_analyzer ();
  struct { const char *text; int code; } cases[] = {
    { "", CAL_JD_ERROR_EMPTY },
    { "   \n\t  ", CAL_JD_ERROR_EMPTY },
    { "Senior engineer wanted.", CAL_JD_ERROR_TOO_SHORT },
    { "Senior engineer wanted for a long list of things \xc3\x28 here.", CAL_JD_ERROR_INVALID },
  };
  char *huge;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CalJdAnalysis) a = cal_jd_analyzer_analyze (analyzer, cases[i].text, NULL, &error);

      g_assert_null (a);
      g_assert_error (error, CAL_JD_ERROR, cases[i].code);
    }

  huge = g_malloc (CAL_TEXT_MAX_SIZE + 2);
  memset (huge, 'a', CAL_TEXT_MAX_SIZE + 1);
  huge[CAL_TEXT_MAX_SIZE + 1] = '\0';
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CalJdAnalysis) a = cal_jd_analyzer_analyze (analyzer, huge, NULL, &error);
    g_assert_null (a);
    g_assert_error (error, CAL_JD_ERROR, CAL_JD_ERROR_TOO_LARGE);
  }
  g_free (huge);

  /* Through the bytes path, text errors come back unchanged. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) bytes = g_bytes_new_static ("bin\0ary", 7);
    g_autoptr(CalJdAnalysis) a = cal_jd_analyzer_analyze_bytes (analyzer, bytes, "x.txt", &error);
    g_assert_null (a);
    g_assert_error (error, CAL_TEXT_ERROR, CAL_TEXT_ERROR_BINARY);
  }
}

static void
test_eval_file (void)
{
  g_autoptr(CalJdAnalyzer) analyzer = new_analyzer ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "jds", "03-gitlab-backend-staff.md", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalJdAnalysis) a = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  a = cal_jd_analyzer_analyze_bytes (analyzer, bytes, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_jd_analysis_get_company (a), ==, "GitLab");
  g_assert_cmpstr (cal_jd_analysis_get_track (a), ==, "backend-engineer");
  g_assert_cmpstr (cal_jd_analysis_get_level (a), ==, "staff");
  g_assert_cmpstr (cal_jd_analysis_get_remote (a), ==, "remote");
  /* The employer's name is not a skill it asks for. */
  g_assert_false (has_skill (cal_jd_analysis_get_required_skills (a), "gitlab-ci"));
}

static void
test_recruiter_email (void)
{
  g_autoptr(CalJdAnalysis) a = analyze (senior_backend);
  g_autofree char *subject = NULL;
  g_autofree char *body = cal_recruiter_email_draft (a, "Sam", "Alex Doe", &subject);
  CalJdRound *first = g_ptr_array_index (cal_jd_analysis_get_rounds (a), 0);

  g_assert_cmpstr (subject, ==, "Senior Backend Engineer at Acme: interview steps");
  g_assert_true (g_str_has_prefix (body, "Hi Sam,"));
  g_assert_nonnull (strstr (body, "Senior Backend Engineer at Acme"));
  g_assert_nonnull (strstr (body, first->title));
  g_assert_nonnull (strstr (body, "take-home"));
  g_assert_true (g_str_has_suffix (body, "Alex Doe\n"));
}

static gpointer
analyze_in_thread (gpointer data)
{
  CalJdAnalyzer *analyzer = data;
  char *json = NULL;

  for (int i = 0; i < 5; i++)
    {
      g_autoptr(CalJdAnalysis) a = cal_jd_analyzer_analyze (analyzer, senior_backend, NULL, NULL);
      g_free (json);
      json = cal_jd_analysis_to_json_string (a);
    }
  return json;
}

static void
test_threads (void)
{
  g_autoptr(CalJdAnalyzer) analyzer = new_analyzer ();
  GThread *threads[4];
  char *results[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("jd", analyze_in_thread, analyzer);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    results[i] = g_thread_join (threads[i]);
  for (guint i = 1; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpstr (results[i], ==, results[0]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_free (results[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/jd-analyzer/fields", test_fields);
  g_test_add_func ("/jd-analyzer/json-fields", test_json_fields);
  g_test_add_func ("/jd-analyzer/remote", test_remote_kinds);
  g_test_add_func ("/jd-analyzer/company-brand-spelling", test_company_brand_spelling);
  g_test_add_func ("/jd-analyzer/levels", test_levels);
  g_test_add_func ("/jd-analyzer/multi-level", test_multi_level);
  g_test_add_func ("/jd-analyzer/front-matter", test_front_matter_wins);
  g_test_add_func ("/jd-analyzer/ambiguous-skills", test_ambiguous_skills);
  g_test_add_func ("/jd-analyzer/years", test_years);
  g_test_add_func ("/jd-analyzer/deterministic", test_deterministic);
  g_test_add_func ("/jd-analyzer/bad-inputs", test_bad_inputs);
  g_test_add_func ("/jd-analyzer/eval-file", test_eval_file);
  g_test_add_func ("/jd-analyzer/recruiter-email", test_recruiter_email);
  g_test_add_func ("/jd-analyzer/threads", test_threads);

  return g_test_run ();
}
