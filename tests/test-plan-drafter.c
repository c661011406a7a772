/* test-plan-drafter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plans drafted from real job descriptions, read by the real analyzer.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cal-jd-analyzer.h"
#include "cal-plan-drafter.h"
#include "cal-plan-text.h"
#include "cal-store.h"

static CalJob *
job_from_jd (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJdAnalyzer) analyzer = NULL;
  g_autoptr(CalJdAnalysis) analysis = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "jds", name, NULL);
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  CalJob *job;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);
  g_assert_no_error (error);
  analysis = cal_jd_analyzer_analyze (analyzer, text, NULL, &error);
  g_assert_no_error (error);
  json = cal_jd_analysis_to_json_string (analysis);

  job = cal_job_new ();
  cal_job_set_id (job, 7);
  cal_job_set_company (job, cal_jd_analysis_get_company (analysis));
  cal_job_set_title (job, cal_jd_analysis_get_title (analysis));
  cal_job_set_track (job, cal_jd_analysis_get_track (analysis));
  cal_job_set_level (job, cal_jd_analysis_get_level (analysis));
  cal_job_set_analysis (job, json);
  return job;
}

static CalPlan *
draft (CalJob      *job,
       GListModel **items)
{
  g_autoptr(GError) error = NULL;
  CalPlan *plan = cal_plan_drafter_draft (NULL, job, items, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_nonnull (*items);
  return plan;
}

/* The shape every drafted plan must have, whatever the role. */
static void
assert_well_formed (CalPlan    *plan,
                    GListModel *items)
{
  guint counts[CAL_PLAN_N_PHASES] = { 0 };
  int last_phase = 0;
  int last_position = -1;

  g_assert_cmpint (cal_plan_get_id (plan), ==, 0);
  g_assert_cmpstr (cal_plan_get_title (plan), !=, "");

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CalPlanItem) item = g_list_model_get_item (items, i);
      int phase = cal_plan_phase_index (cal_plan_item_get_phase (item));

      g_assert_cmpint (phase, >=, 0);
      /* Learn, then diagnose, then act; positions count up within each. */
      g_assert_cmpint (phase, >=, last_phase);
      if (phase != last_phase)
        last_position = -1;
      g_assert_cmpint (cal_plan_item_get_position (item), ==, last_position + 1);
      last_phase = phase;
      last_position = cal_plan_item_get_position (item);
      counts[phase]++;

      g_assert_cmpint (cal_plan_item_get_priority (item), >=, 1);
      g_assert_cmpint (cal_plan_item_get_priority (item), <=, 3);
      g_assert_cmpstr (cal_plan_item_get_title (item), !=, "");
      g_assert_cmpstr (cal_plan_item_get_detail (item), !=, "");
      g_assert_cmpstr (cal_plan_item_get_rationale (item), !=, "");
      /* No placeholder may survive the filling-in. */
      g_assert_null (strchr (cal_plan_item_get_title (item), '{'));
      g_assert_null (strchr (cal_plan_item_get_detail (item), '{'));
      g_assert_null (strchr (cal_plan_item_get_rationale (item), '{'));
      g_assert_null (strchr (cal_plan_item_get_outcome (item), '{'));
      if (phase == 2)
        g_assert_cmpstr (cal_plan_item_get_outcome (item), !=, "");
    }

  for (guint p = 0; p < CAL_PLAN_N_PHASES; p++)
    {
      g_assert_cmpuint (counts[p], >=, 4);
      g_assert_cmpuint (counts[p], <=, 7);
    }
}

static gboolean
has_title_containing (GListModel *items,
                      const char *phase,
                      const char *needle)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CalPlanItem) item = g_list_model_get_item (items, i);

      if ((phase == NULL || g_str_equal (cal_plan_item_get_phase (item), phase)) &&
          strstr (cal_plan_item_get_title (item), needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

static guint
count_p1 (GListModel *items)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CalPlanItem) item = g_list_model_get_item (items, i);
      n += cal_plan_item_get_priority (item) == 1;
    }
  return n;
}

static void
test_kinds (void)
{
  g_assert_cmpint (cal_plan_drafter_kind_for (NULL, "engineering-manager", "director"), ==, CAL_PLAN_KIND_EXECUTIVE);
  g_assert_cmpint (cal_plan_drafter_kind_for (NULL, "product-manager", "vp"), ==, CAL_PLAN_KIND_EXECUTIVE);
  g_assert_cmpint (cal_plan_drafter_kind_for (NULL, "engineering-manager", "manager"), ==, CAL_PLAN_KIND_MANAGER);
  g_assert_cmpint (cal_plan_drafter_kind_for (NULL, "backend-engineer", "senior-manager"), ==, CAL_PLAN_KIND_MANAGER);
  g_assert_cmpint (cal_plan_drafter_kind_for (NULL, "product-manager", "senior"), ==, CAL_PLAN_KIND_PRODUCT);
  g_assert_cmpint (cal_plan_drafter_kind_for (NULL, "backend-engineer", "senior"), ==, CAL_PLAN_KIND_INDIVIDUAL);
  g_assert_cmpint (cal_plan_drafter_kind_for (NULL, "", ""), ==, CAL_PLAN_KIND_INDIVIDUAL);
  g_assert_cmpstr (cal_plan_kind_to_string (CAL_PLAN_KIND_EXECUTIVE), ==, "executive");
}

static void
test_director (void)
{
  g_autoptr(CalJob) job = job_from_jd ("11-gitlab-engineering-director.md");
  g_autoptr(GListModel) items = NULL;
  g_autoptr(CalPlan) plan = draft (job, &items);

  assert_well_formed (plan, items);
  g_assert_cmpint (cal_plan_get_job_id (plan), ==, 7);
  g_assert_cmpstr (cal_plan_get_title (plan), ==, "First 90 days as Director, Engineering at GitLab");

  /* A director diagnoses teams, hiring, delivery and strategy. */
  g_assert_true (has_title_containing (items, "diagnose", "Assess every team"));
  g_assert_true (has_title_containing (items, "diagnose", "hiring"));
  g_assert_true (has_title_containing (items, "diagnose", "delivered"));
  g_assert_true (has_title_containing (items, "act", "strategy"));
  g_assert_false (has_title_containing (items, NULL, "codebase"));
  g_assert_cmpuint (count_p1 (items), >=, 3);
}

static void
test_manager (void)
{
  g_autoptr(CalJob) job = job_from_jd ("09-gitlab-engineering-manager.md");
  g_autoptr(GListModel) items = NULL;
  g_autoptr(CalPlan) plan = draft (job, &items);

  assert_well_formed (plan, items);
  /* A manager meets every report, learns the delivery process, fixes a pain. */
  g_assert_true (has_title_containing (items, "learn", "one-to-one with every report"));
  g_assert_true (has_title_containing (items, "learn", "delivery process"));
  g_assert_true (has_title_containing (items, "act", "top pain"));
  g_assert_false (has_title_containing (items, NULL, "Assess every team"));
}

static void
test_individual (void)
{
  g_autoptr(CalJob) job = job_from_jd ("02-gitlab-backend-senior.md");
  g_autoptr(GListModel) items = NULL;
  g_autoptr(CalPlan) plan = draft (job, &items);
  g_autoptr(CalJob) intern = job_from_jd ("31-gitlab-software-engineer-intern.md");
  g_autoptr(GListModel) intern_items = NULL;
  g_autoptr(CalPlan) intern_plan = draft (intern, &intern_items);

  assert_well_formed (plan, items);
  /* An engineer learns the codebase, ships a first improvement, owns something. */
  g_assert_true (has_title_containing (items, "learn", "codebase"));
  g_assert_true (has_title_containing (items, "act", "Ship the first improvement"));
  g_assert_true (has_title_containing (items, "act", "Own the technical outcome of a team project"));
  g_assert_false (has_title_containing (items, NULL, "hiring"));
  /* "product" is too vague to plan around. */
  g_assert_false (has_title_containing (items, NULL, "behind product "));

  /* The level shapes what "own something" means. */
  assert_well_formed (intern_plan, intern_items);
  g_assert_true (has_title_containing (intern_items, "act", "Own a small feature end to end"));
  g_assert_false (has_title_containing (intern_items, "act", "Own the technical outcome"));
}

static void
test_product (void)
{
  g_autoptr(CalJob) job = job_from_jd ("17-gitlab-product-manager-senior.md");
  g_autoptr(GListModel) items = NULL;
  g_autoptr(CalPlan) plan = draft (job, &items);

  assert_well_formed (plan, items);
  /* A PM learns customers and metrics, then places a roadmap bet. */
  g_assert_true (has_title_containing (items, "learn", "customers"));
  g_assert_true (has_title_containing (items, "learn", "metrics"));
  g_assert_true (has_title_containing (items, "act", "roadmap bet"));
  g_assert_false (has_title_containing (items, NULL, "codebase"));
}

/* Each JD stakeholder and product area the plan uses is named as the
 * item's source, and is one the analysis really found. */
static void
test_items_carry_jd_phrases (void)
{
  g_autoptr(CalJob) job = job_from_jd ("11-gitlab-engineering-director.md");
  g_autoptr(GListModel) items = NULL;
  g_autoptr(CalPlan) plan = draft (job, &items);
  g_autoptr(JsonNode) node = json_from_string (cal_job_get_analysis (job), NULL);
  JsonObject *analysis = json_node_get_object (node);
  JsonArray *stakeholders = json_object_get_array_member (analysis, "stakeholders");
  JsonArray *areas = json_object_get_array_member (analysis, "product_areas");
  guint from_stakeholders = 0, from_areas = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CalPlanItem) item = g_list_model_get_item (items, i);
      const char *phrase = cal_plan_item_get_source_phrase (item);
      gboolean found = FALSE;

      if (*phrase == '\0')
        continue;

      for (guint j = 0; j < json_array_get_length (stakeholders); j++)
        if (g_str_equal (json_array_get_string_element (stakeholders, j), phrase))
          {
            found = TRUE;
            from_stakeholders++;
            g_assert_cmpint (g_ascii_strcasecmp (cal_plan_item_get_stakeholder (item), phrase), ==, 0);
            g_assert_nonnull (strstr (cal_plan_item_get_title (item), phrase));
          }
      for (guint j = 0; j < json_array_get_length (areas); j++)
        if (g_str_equal (json_array_get_string_element (areas, j), phrase))
          {
            found = TRUE;
            from_areas++;
            g_assert_cmpint (g_ascii_strcasecmp (cal_plan_item_get_product_area (item), phrase), ==, 0);
          }
      g_assert_true (found);
    }

  g_assert_cmpuint (from_stakeholders, >=, 3);
  g_assert_cmpuint (from_areas, >=, 3);
  /* "executives" and "product managers" are in this JD and get a
   * listening tour; the director's own reports are a base item instead. */
  g_assert_true (has_title_containing (items, "learn", "Listening tour with executives"));
  g_assert_true (has_title_containing (items, "learn", "Listening tour with product managers"));
  g_assert_false (has_title_containing (items, NULL, "with engineers"));
}

static void
test_roles_differ (void)
{
  const char *jds[] = { "11-gitlab-engineering-director.md", "02-gitlab-backend-senior.md",
                        "17-gitlab-product-manager-senior.md" };
  g_autoptr(GHashTable) first_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (jds); i++)
    {
      g_autoptr(CalJob) job = job_from_jd (jds[i]);
      g_autoptr(GListModel) items = NULL;
      g_autoptr(CalPlan) plan = draft (job, &items);
      g_autoptr(CalPlanItem) first = g_list_model_get_item (items, 0);

      g_assert_cmpint (cal_plan_item_get_priority (first), ==, 1);
      g_hash_table_add (first_titles, g_strdup (cal_plan_item_get_title (first)));
    }

  g_assert_cmpuint (g_hash_table_size (first_titles), ==, G_N_ELEMENTS (jds));
}

static void
test_deterministic (void)
{
  g_autoptr(CalJob) job = job_from_jd ("03-gitlab-backend-staff.md");
  g_autoptr(GListModel) a_items = NULL;
  g_autoptr(GListModel) b_items = NULL;
  g_autoptr(CalPlan) a = draft (job, &a_items);
  g_autoptr(CalPlan) b = draft (job, &b_items);
  g_autofree char *a_text = cal_plan_to_markdown (a, a_items, job);
  g_autofree char *b_text = cal_plan_to_markdown (b, b_items, job);

  assert_well_formed (a, a_items);
  g_assert_cmpstr (a_text, ==, b_text);
  g_assert_true (has_title_containing (a_items, "act", "Own a cross-team technical problem"));
}

static void
test_without_jd_seeds (void)
{
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(GListModel) items = NULL;
  g_autoptr(CalPlan) plan = NULL;

  cal_job_set_title (job, "Engineering Manager");
  cal_job_set_track (job, "engineering-manager");
  cal_job_set_level (job, "manager");
  cal_job_set_analysis (job, "{\"title\": \"Engineering Manager\", \"track\": \"engineering-manager\","
                             " \"level\": \"manager\", \"product_areas\": [], \"stakeholders\": []}");
  plan = draft (job, &items);

  /* Nothing to seed from, still a full plan, and no item claims a JD phrase. */
  assert_well_formed (plan, items);
  g_assert_cmpstr (cal_plan_get_title (plan), ==, "First 90 days as Engineering Manager");
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CalPlanItem) item = g_list_model_get_item (items, i);
      g_assert_cmpstr (cal_plan_item_get_source_phrase (item), ==, "");
    }
}

static void
test_without_analysis (void)
{
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  CalPlan *plan;

  cal_job_set_title (job, "Staff Engineer");
  plan = cal_plan_drafter_draft (NULL, job, &items, &error);
  g_assert_null (plan);
  g_assert_null (items);
  g_assert_error (error, CAL_PLAN_DRAFTER_ERROR, CAL_PLAN_DRAFTER_ERROR_NO_ANALYSIS);
  g_assert_nonnull (strstr (error->message, "job description"));
  g_clear_error (&error);

  cal_job_set_analysis (job, "{\"title\": \"Staff");
  plan = cal_plan_drafter_draft (NULL, job, &items, &error);
  g_assert_null (plan);
  g_assert_error (error, CAL_PLAN_DRAFTER_ERROR, CAL_PLAN_DRAFTER_ERROR_INVALID_ANALYSIS);
}

static void
test_saved_and_read_back (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("calibrd-drafter-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "calibrd.db", NULL);
  g_autoptr(CalJob) job = job_from_jd ("17-gitlab-product-manager-senior.md");
  g_autoptr(GListModel) items = NULL;
  g_autoptr(CalPlan) plan = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autofree char *markdown = NULL;

  {
    g_autoptr(CalStore) store = cal_store_open (path, &error);

    g_assert_no_error (error);
    cal_job_set_id (job, 0);
    cal_store_save_job (store, job, &error);
    g_assert_no_error (error);
    plan = draft (job, &items);
    cal_plan_drafter_save (store, plan, items, &error);
    g_assert_no_error (error);
    g_assert_cmpint (cal_plan_get_id (plan), >, 0);
  }

  {
    g_autoptr(CalStore) store = cal_store_open (path, &error);
    g_autoptr(CalPlan) reread = NULL;

    g_assert_no_error (error);
    reread = cal_store_get_plan (store, cal_plan_get_id (plan), &error);
    g_assert_no_error (error);
    g_assert_cmpint (cal_plan_get_job_id (reread), ==, cal_job_get_id (job));
    stored = cal_store_list_plan_items (store, cal_plan_get_id (plan), &error);
    g_assert_no_error (error);
  }

  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, g_list_model_get_n_items (items));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CalPlanItem) a = g_list_model_get_item (items, i);
      g_autoptr(CalPlanItem) b = g_list_model_get_item (stored, i);

      g_assert_cmpstr (cal_plan_item_get_title (a), ==, cal_plan_item_get_title (b));
      g_assert_cmpstr (cal_plan_item_get_phase (a), ==, cal_plan_item_get_phase (b));
      g_assert_cmpstr (cal_plan_item_get_source_phrase (a), ==, cal_plan_item_get_source_phrase (b));
      g_assert_cmpint (cal_plan_item_get_priority (a), ==, cal_plan_item_get_priority (b));
    }

  markdown = cal_plan_to_markdown (plan, stored, job);
  g_assert_true (g_str_has_prefix (markdown, "# First 90 days as Senior Product Manager at GitLab\n"));
  g_assert_nonnull (strstr (markdown, "\n## Learn — Days 1–30\n"));
  g_assert_nonnull (strstr (markdown, "\n## Diagnose — Days 31–60\n"));
  g_assert_nonnull (strstr (markdown, "\n## Act — Days 61–90\n"));
  g_assert_nonnull (strstr (markdown, "- **P1** Propose one roadmap bet\n"));
  g_assert_nonnull (strstr (markdown, "*Measurable outcome:*"));

  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-drafter/kinds", test_kinds);
  g_test_add_func ("/plan-drafter/director", test_director);
  g_test_add_func ("/plan-drafter/manager", test_manager);
  g_test_add_func ("/plan-drafter/individual", test_individual);
  g_test_add_func ("/plan-drafter/product", test_product);
  g_test_add_func ("/plan-drafter/items-carry-jd-phrases", test_items_carry_jd_phrases);
  g_test_add_func ("/plan-drafter/roles-differ", test_roles_differ);
  g_test_add_func ("/plan-drafter/deterministic", test_deterministic);
  g_test_add_func ("/plan-drafter/without-jd-seeds", test_without_jd_seeds);
  g_test_add_func ("/plan-drafter/without-analysis", test_without_analysis);
  g_test_add_func ("/plan-drafter/saved-and-read-back", test_saved_and_read_back);

  return g_test_run ();
}
