/* test-documents.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <sched.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "cal-documents.h"
#include "cal-store.h"
#include "cal-test-pdf.h"

/* The documents are rendered from what a real, temporary SQLite database
 * gives back, exactly as the app and calibrd-cli do. */

static const char *analysis_json =
  "{"
  "  \"company\": \"Acme Payments\", \"title\": \"Staff Engineer\","
  "  \"track\": \"software-engineer\", \"level\": \"staff\","
  "  \"skills\": { \"required\": [\"Go\", \"PostgreSQL\", \"Kafka\"], \"preferred\": [\"Rust\"] },"
  "  \"product_areas\": [\"checkout\", \"ledger\"],"
  "  \"stakeholders\": [\"finance\", \"risk\"],"
  "  \"rounds\": ["
  "    { \"kind\": \"recruiter-screen\", \"title\": \"Recruiter call\", \"why\": \"Every loop starts here.\" },"
  "    { \"kind\": \"system-design\", \"title\": \"Design a ledger\", \"why\": \"The JD stresses correctness at scale.\" },"
  "    { \"kind\": \"behavioural\", \"title\": \"Values\", \"why\": null },"
  "    42"
  "  ],"
  "  \"questions\": ["
  "    { \"text\": \"Design a double-entry ledger for card payments.\", \"round\": \"system-design\","
  "      \"competency\": \"system-design\", \"why\": \"“own the ledger service”\" },"
  "    { \"text\": \"Tell me about a time you disagreed with a product decision.\", \"round\": \"behavioural\","
  "      \"competency\": \"conflict\", \"why\": \"Staff engineers push back.\" },"
  "    { \"text\": \"How would you migrate a hot table without downtime?\", \"round\": \"technical-deep-dive\","
  "      \"competency\": \"execution\", \"why\": null }"
  "  ]"
  "}";

typedef struct
{
  char         *dir;
  char         *path;
  CalStore     *store;
  GAsyncResult *result;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  fixture->dir = g_dir_make_tmp ("calibrd-documents-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "out.pdf", NULL);
  db = g_build_filename (fixture->dir, "calibrd.db", NULL);
  fixture->store = cal_store_open (db, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *keep = g_getenv ("CALIBRD_TEST_KEEP_PDF");

  /* CALIBRD_TEST_KEEP_PDF=DIR keeps each document for a look with
   * pdftoppm. */
  if (keep != NULL && g_file_test (fixture->path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_strdelimit (g_strdup (g_test_get_path ()), "/", '-');
      g_autofree char *target = g_strconcat (keep, G_DIR_SEPARATOR_S, name + 1, ".pdf", NULL);

      g_rename (fixture->path, target);
    }

  g_clear_object (&fixture->store);
  g_clear_object (&fixture->result);
  cal_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
on_result (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->result = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (Fixture *fixture)
{
  while (fixture->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return fixture->result;
}

static CalJob *
add_job (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  CalJob *job = cal_job_new ();

  cal_job_set_company (job, "Acme Payments");
  cal_job_set_title (job, "Staff Engineer");
  cal_job_set_track (job, "software-engineer");
  cal_job_set_level (job, "staff");
  cal_job_set_analysis (job, analysis_json);
  g_assert_true (cal_store_save_job (fixture->store, job, &error));
  g_assert_no_error (error);

  return job;
}

static CalPlan *
add_plan (Fixture *fixture,
          CalJob  *job,
          guint    n_items)
{
  g_autoptr(GError) error = NULL;
  static const char *phase_ids[] = { "learn", "diagnose", "act" };
  CalPlan *plan = cal_plan_new ();

  cal_plan_set_job_id (plan, cal_job_get_id (job));
  cal_plan_set_title (plan, "First 90 days at Acme");
  g_assert_true (cal_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CalPlanItem) item = cal_plan_item_new ();
      g_autofree char *title = g_strdup_printf ("Item-%03u: meet the %s owners", i, i % 2 ? "ledger" : "checkout");

      cal_plan_item_set_plan_id (item, cal_plan_get_id (plan));
      cal_plan_item_set_phase (item, phase_ids[(i * 3) / n_items]);
      cal_plan_item_set_position (item, i);
      cal_plan_item_set_title (item, title);
      cal_plan_item_set_priority (item, 1 + i % 3);
      cal_plan_item_set_detail (item, "Book thirty minutes with each owner and ask what breaks most often.");
      cal_plan_item_set_rationale (item, "The ledger is where a new staff engineer can do the most harm.");
      cal_plan_item_set_stakeholder (item, "Finance, Risk");
      cal_plan_item_set_product_area (item, i % 2 ? "ledger" : "checkout");
      if ((i * 3) / n_items == 2)
        cal_plan_item_set_outcome (item, "Reconciliation breaks down from 12 to 3 a week");
      g_assert_true (cal_store_save_plan_item (fixture->store, item, &error));
      g_assert_no_error (error);
    }

  return plan;
}

static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CalJob) job = add_job (fixture);
  g_autoptr(CalPlan) plan = add_plan (fixture, job, 9);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fonts = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subject = NULL;
  const char *order[] = {
    "First 90 days at Acme", "Staff Engineer · Acme Payments",
    "Learn · Days 1–30", "P1 Item-000: meet the checkout owners", "Book thirty minutes",
    "Why: The ledger is where", "Stakeholders", "Finance, Risk", "Product area", "checkout",
    "Item-001", "Item-002",
    "Diagnose · Days 31–60", "Item-003", "Item-005",
    "Act · Days 61–90", "Item-006", "Measurable outcome", "Reconciliation breaks down", "Item-008",
    NULL
  };

  items = cal_store_list_plan_items (fixture->store, cal_plan_get_id (plan), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 9);

  cal_plan_document_export_async (plan, items, job, CAL_PAGE_SIZE_A4, fixture->path, NULL, on_result, fixture);
  g_assert_true (cal_plan_document_export_finish (wait_for_result (fixture), &error));
  g_assert_no_error (error);

  document = cal_test_pdf_open (fixture->path);
  text = cal_test_pdf_text (document);
  cal_test_assert_in_order (text, order);
  g_assert_null (strstr (text, "Nothing planned"));
  g_assert_cmpuint (cal_test_count (text, "P1 Item-"), ==, 3);
  g_assert_cmpuint (cal_test_count (text, "P3 Item-"), ==, 3);
  {
    g_autofree char *footer = g_strdup_printf ("Page 1 of %d", poppler_document_get_n_pages (document));
    g_assert_nonnull (strstr (text, footer));
  }

  title = poppler_document_get_title (document);
  subject = poppler_document_get_subject (document);
  g_assert_cmpstr (title, ==, "First 90 days at Acme");
  g_assert_cmpstr (subject, ==, "A first-90-days plan for Staff Engineer at Acme Payments");

  fonts = cal_test_pdf_fonts (fixture->path);
  g_assert_true (cal_test_fonts_have (fonts, "Cantarell"));
  g_assert_true (cal_test_fonts_have (fonts, "DejaVuSans"));
}

/* 200 items over many pages: every title exactly once. */
static void
test_plan_long (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CalJob) job = add_job (fixture);
  g_autoptr(CalPlan) plan = add_plan (fixture, job, 200);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(CalPdfWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  items = cal_store_list_plan_items (fixture->store, cal_plan_get_id (plan), &error);
  g_assert_no_error (error);
  writer = cal_plan_document_new (plan, items, job, NULL, CAL_PAGE_SIZE_LETTER);
  g_assert_true (cal_pdf_writer_save (writer, fixture->path, NULL, &error));
  g_assert_no_error (error);

  document = cal_test_pdf_open (fixture->path);
  g_assert_cmpint (poppler_document_get_n_pages (document), >, 10);
  text = cal_test_pdf_text (document);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Item-%03u:", i);
      g_assert_cmpuint (cal_test_count (text, title), ==, 1);
    }
}

static char *
verdict_cb (CalStory *story,
            gpointer  user_data)
{
  guint *calls = user_data;

  (*calls)++;
  if (g_str_has_prefix (cal_story_get_title (story), "Rebuilt"))
    return g_strdup ("At Staff: the result is measured and the scope is multi-team.");
  return NULL;
}

static void
test_stories (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GListStore) stories = g_list_store_new (CAL_TYPE_STORY);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  const char *conflict[] = { "conflict", NULL };
  const char *scale[] = { "scale", "leadership", NULL };
  guint calls = 0;
  const char *order[] = {
    "Story bank", "Tag: leadership", "1 story",
    "Rebuilt the settlement pipeline", "Target level", "Staff", "Tags", "scale, leadership",
    "Calibration", "At Staff: the result is measured",
    "Situation", "Settlements ran nine hours", "Task", "Cut it under one hour",
    "Action", "I split the batch", "Result", "Runs in 40 minutes", NULL
  };

  {
    g_autoptr(CalStory) a = cal_story_new ();
    g_autoptr(CalStory) b = cal_story_new ();

    cal_story_set_title (a, "Rebuilt the settlement pipeline");
    cal_story_set_situation (a, "Settlements ran nine hours and failed twice a week.");
    cal_story_set_task (a, "Cut it under one hour without stopping payouts.");
    cal_story_set_action (a, "I split the batch by merchant and made each step idempotent.");
    cal_story_set_result (a, "Runs in 40 minutes; zero failed runs in six months.");
    cal_story_set_target_level (a, "staff");
    cal_story_set_tags (a, scale);
    g_assert_true (cal_store_save_story (fixture->store, a, &error));
    g_assert_no_error (error);

    cal_story_set_title (b, "Disagreed with the roadmap");
    cal_story_set_situation (b, "Zoë in Łódź wanted a rewrite.");
    cal_story_set_tags (b, conflict);
    g_assert_true (cal_store_save_story (fixture->store, b, &error));
    g_assert_no_error (error);
  }

  /* The filter by tag is the caller's; the document prints what it gets. */
  listed = cal_store_list_stories (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(CalStory) story = g_list_model_get_item (listed, i);

      if (g_strv_contains (cal_story_get_tags (story), "leadership"))
        {
          g_assert_true (cal_store_load_story_body (fixture->store, story, &error));
          g_assert_no_error (error);
          g_list_store_append (stories, story);
        }
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stories)), ==, 1);

  cal_stories_document_export_async (G_LIST_MODEL (stories), "Tag: leadership", verdict_cb, &calls,
                                     CAL_PAGE_SIZE_A4, fixture->path, NULL, on_result, fixture);
  g_assert_true (cal_stories_document_export_finish (wait_for_result (fixture), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, ==, 1);

  document = cal_test_pdf_open (fixture->path);
  text = cal_test_pdf_text (document);
  cal_test_assert_in_order (text, order);
  g_assert_null (strstr (text, "Disagreed with the roadmap"));
}

static void
test_prep (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CalJob) job = add_job (fixture);
  g_autoptr(GHashTable) mapped = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) ledger_stories = g_ptr_array_new ();
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  const char *gaps[] = { "Kafka", NULL };
  const char *order[] = {
    "Loop prep: Staff Engineer", "Acme Payments",
    "The loop", "Round", "Minutes", "What it tests",
    "Recruiter call", "Design a ledger", "The JD stresses", "Values",
    "Predicted questions",
    "Design a ledger", "Design a double-entry ledger for card payments.", "Why: “own the ledger service”",
    "Stories", "Rebuilt the settlement pipeline",
    "Values", "Tell me about a time you disagreed", "Stories", "None yet",
    "Any round", "How would you migrate a hot table",
    "Skill gaps", "Kafka",
    "Questions to ask", "What does the rest of the loop look like",
    "How do you measure success in checkout", NULL
  };

  g_ptr_array_add (ledger_stories, "Rebuilt the settlement pipeline");
  g_hash_table_insert (mapped, "Design a double-entry ledger for card payments.",
                       g_ptr_array_ref (ledger_stories));

  cal_prep_document_export_async (job, mapped, gaps, CAL_PAGE_SIZE_A4, fixture->path, NULL, on_result, fixture);
  g_assert_true (cal_prep_document_export_finish (wait_for_result (fixture), &error));
  g_assert_no_error (error);

  document = cal_test_pdf_open (fixture->path);
  text = cal_test_pdf_text (document);
  cal_test_assert_in_order (text, order);
  title = poppler_document_get_title (document);
  g_assert_cmpstr (title, ==, "Loop prep: Staff Engineer");
}

static void
test_prep_without_analysis (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(GError) error = NULL;

  cal_job_set_title (job, "Staff Engineer");
  cal_job_set_analysis (job, "not json");
  cal_prep_document_export_async (job, NULL, NULL, CAL_PAGE_SIZE_A4, fixture->path, NULL, on_result, fixture);
  g_assert_false (cal_prep_document_export_finish (wait_for_result (fixture), &error));
  g_assert_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_EMPTY);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

/* Cancelled before the worker starts: an error, and no file. */
static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CalJob) job = add_job (fixture);
  g_autoptr(CalPlan) plan = add_plan (fixture, job, 30);
  g_autoptr(GListModel) items = cal_store_list_plan_items (fixture->store, cal_plan_get_id (plan), NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  cal_plan_document_export_async (plan, items, job, CAL_PAGE_SIZE_A4, fixture->path, cancellable, on_result, fixture);
  g_assert_false (cal_plan_document_export_finish (wait_for_result (fixture), &error));
  g_assert_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_CANCELLED);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  /* Only the database files remain. */
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_true (g_str_has_prefix (name, "calibrd.db"));
  }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Names of the files in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_no_space (GError     *error,
                 const char *name)
{
  g_assert_error (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_NO_SPACE);
  g_test_message ("disk full: %s", error->message);
  /* In the user's words, naming the file, and saying what to do. */
  g_assert_nonnull (strstr (error->message, "not enough free space"));
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, "Free up some space"));
}

/* A full disk: the child gets a private mount namespace with a 32 KiB tmpfs
 * as the export folder. A plan and a story bank much larger than that are
 * exported into it, over an existing file and under a new name. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  const char *old_contents = "%PDF-1.5 the plan exported last week\n";

  if (g_test_subprocess ())
    {
      g_autofree char *full = g_build_filename (fixture->dir, "full", NULL);
      g_autofree char *plan_pdf = g_build_filename (full, "plan.pdf", NULL);
      g_autofree char *bank_pdf = g_build_filename (full, "story-bank.pdf", NULL);
      g_autoptr(CalJob) job = add_job (fixture);
      g_autoptr(CalPlan) plan = add_plan (fixture, job, 60);
      g_autoptr(GListModel) items = cal_store_list_plan_items (fixture->store, cal_plan_get_id (plan), NULL);
      g_autoptr(GListStore) stories = g_list_store_new (CAL_TYPE_STORY);
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) error2 = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *left = NULL;

      g_assert_cmpint (g_mkdir (full, 0700), ==, 0);
      if (unshare (CLONE_NEWNS) != 0 ||
          mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
          mount ("tmpfs", full, "tmpfs", 0, "size=32k,mode=0700") != 0)
        {
          /* g_test_trap_get_status() is newer than GLib 2.74, so the
           * parent learns of the skip through a file. */
          g_file_set_contents (g_getenv ("CALIBRD_TEST_SKIP_MARKER"), "", 0, NULL);
          exit (0);
        }

      for (guint i = 0; i < 300; i++)
        {
          g_autoptr(CalStory) story = cal_story_new ();
          g_autofree char *title = g_strdup_printf ("Story %03u: rebuilt the settlement pipeline", i);

          cal_story_set_title (story, title);
          cal_story_set_situation (story, "Settlements ran nine hours and failed twice a week, "
                                          "and finance closed the books two days late every month.");
          cal_story_set_task (story, "Cut it under one hour without stopping payouts to merchants.");
          cal_story_set_action (story, "I split the batch by merchant, made each step idempotent, "
                                       "and moved the reconciliation to a streaming job.");
          cal_story_set_result (story, "Runs in 40 minutes; zero failed runs in six months.");
          g_list_store_append (stories, story);
        }

      /* Over an existing file: it must survive unchanged. */
      g_assert_true (g_file_set_contents (plan_pdf, old_contents, -1, NULL));
      cal_plan_document_export_async (plan, items, job, CAL_PAGE_SIZE_A4, plan_pdf, NULL, on_result, fixture);
      g_assert_false (cal_plan_document_export_finish (wait_for_result (fixture), &error));
      assert_no_space (error, "plan.pdf");
      g_assert_true (g_file_get_contents (plan_pdf, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, old_contents);
      g_clear_object (&fixture->result);

      /* Under a new name: nothing may appear. */
      cal_stories_document_export_async (G_LIST_MODEL (stories), NULL, NULL, NULL, CAL_PAGE_SIZE_A4,
                                         bank_pdf, NULL, on_result, fixture);
      g_assert_false (cal_stories_document_export_finish (wait_for_result (fixture), &error2));
      assert_no_space (error2, "story-bank.pdf");
      g_assert_false (g_file_test (bank_pdf, G_FILE_TEST_EXISTS));

      /* No temporary file is left behind to fill the disk further. */
      left = list_dir (full);
      g_assert_cmpstr (left, ==, "plan.pdf");

      g_assert_cmpint (umount (full), ==, 0);
      return;
    }

  {
    g_autofree char *marker = g_build_filename (fixture->dir, "disk-full-skipped", NULL);

    g_setenv ("CALIBRD_TEST_SKIP_MARKER", marker, TRUE);
    g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_unsetenv ("CALIBRD_TEST_SKIP_MARKER");
    g_test_trap_assert_passed ();
    if (g_file_test (marker, G_FILE_TEST_EXISTS))
      {
        g_unlink (marker);
        g_test_skip ("cannot mount a small tmpfs here (needs root and unshare)");
      }
  }
}

static int
run_cli (const char * const *args,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("CALIBRD_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* calibrd-cli export reads the same database and writes the same PDFs. */
static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(CalJob) job = add_job (fixture);
  g_autoptr(CalPlan) plan = add_plan (fixture, job, 12);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *db = g_build_filename (fixture->dir, "calibrd.db", NULL);
  g_autofree char *plan_id = g_strdup_printf ("%" G_GINT64_FORMAT, cal_plan_get_id (plan));
  g_autofree char *job_id = g_strdup_printf ("%" G_GINT64_FORMAT, cal_job_get_id (job));
  g_autofree char *prep = g_build_filename (fixture->dir, "prep.pdf", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.pdf", NULL);
  g_autofree char *err1 = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *err3 = NULL;
  g_autofree char *text = NULL;
  double width, height;

  if (g_getenv ("CALIBRD_CLI") == NULL)
    {
      g_test_skip ("CALIBRD_CLI is not set");
      return;
    }

  g_assert_cmpint (run_cli ((const char *[]) { "--db", db, "export", "plan", "--plan", plan_id,
                                               "-o", fixture->path, "--page-size", "letter", NULL }, &err1), ==, 0);
  document = cal_test_pdf_open (fixture->path);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  text = cal_test_pdf_text (document);
  g_assert_nonnull (strstr (text, "Item-011"));

  g_assert_cmpint (run_cli ((const char *[]) { "--db", db, "export", "prep", "--job", job_id, "-o", prep, NULL },
                            &err2), ==, 0);
  g_assert_true (g_file_test (prep, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (run_cli ((const char *[]) { "--db", db, "export", "prep", "--job", "9999", "-o", missing, NULL },
                            &err3), ==, 1);
  g_assert_nonnull (strstr (err3, "calibrd-cli:"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_cli ((const char *[]) { "--db", db, "export", "brochure", "-o", missing, NULL }, NULL), ==, 2);
  g_assert_cmpint (run_cli ((const char *[]) { "--db", db, "export", "plan", "-o", missing, NULL }, NULL), ==, 2);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/documents/plan", test_plan);
  ADD ("/documents/plan-long", test_plan_long);
  ADD ("/documents/stories", test_stories);
  ADD ("/documents/prep", test_prep);
  ADD ("/documents/prep-without-analysis", test_prep_without_analysis);
  ADD ("/documents/cancelled", test_cancelled);
  ADD ("/documents/cli", test_cli);
  ADD ("/documents/disk-full", test_disk_full);
#undef ADD

  return g_test_run ();
}
