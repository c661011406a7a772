/* cal-bench-db.c — the large, realistic database the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "cal-bench.h"
#include "cal-bench-db.h"
#include "cal-catalog.h"
#include "cal-jd-analyzer.h"
#include "cal-plan-drafter.h"
#include "cal-store.h"

/* Bump when the generated content changes, so that a kept database from
 * an older generator is made again. */
#define GENERATOR_VERSION "3"
#define BATCH 500

static const char * const words[] = {
  "team", "latency", "migration", "customer", "roadmap", "incident", "pager", "database",
  "hiring", "mentored", "designed", "shipped", "reduced", "increased", "billing", "checkout",
  "platform", "kubernetes", "postgres", "kafka", "review", "conflict", "stakeholder", "launch",
  "deadline", "budget", "quarter", "revenue", "churn", "onboarding", "search", "ranking",
  "experiment", "metrics", "dashboard", "alerting", "reliability", "security", "audit", "compliance",
  "frontend", "backend", "mobile", "android", "ios", "release", "rollback", "canary", "feature",
  "flag", "cache", "queue", "throughput", "cost", "cloud", "vendor", "contract", "negotiated",
  "aligned", "escalated", "prioritised", "delegated", "coached", "interviewed", "promoted",
  "architecture", "refactor", "legacy", "monolith", "services", "api", "schema", "index", "query",
  "outage", "postmortem", "runbook", "oncall", "sla", "slo", "error", "budget", "capacity",
  "forecast", "planning", "strategy", "vision", "product", "design", "research", "users",
  "growth", "retention", "pricing", "sales", "support", "tickets", "backlog", "sprint", "velocity",
};

/* Real text has a long tail of rare words and a few very common ones; a
 * uniform pick from a short list would make every word match every story
 * and measure nothing useful. The head of the vocabulary is `words`, the
 * tail made-up words, drawn with a Zipf-like skew. */
#define VOCABULARY 8000

static char *vocabulary[VOCABULARY];
static char *data_home;
static char *db_path;
static gboolean temporary;

static void
vocabulary_init (void)
{
  static const char * const syllables[] = {
    "ka", "to", "ri", "mel", "an", "dor", "vi", "sen", "lo", "par", "qu", "ex", "tra", "ber", "gon",
    "li", "sta", "mo", "nu", "cha", "pe", "for", "ze", "ul", "tin",
  };
  g_autoptr(GRand) rand = NULL;

  if (vocabulary[0] != NULL)
    return;

  rand = g_rand_new_with_seed (7);
  for (guint i = 0; i < VOCABULARY; i++)
    {
      if (i < G_N_ELEMENTS (words))
        vocabulary[i] = g_strdup (words[i]);
      else
        {
          GString *word = g_string_new (NULL);
          guint n = g_rand_int_range (rand, 2, 5);

          for (guint k = 0; k < n; k++)
            g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
          vocabulary[i] = g_string_free (word, FALSE);
        }
    }
}

/**
 * cal_bench_db_pick_word:
 *
 * Returns: (transfer none): a word of the generated text, common words
 *   more often than rare ones
 */
const char *
cal_bench_db_pick_word (GRand *rand)
{
  double u = g_rand_double (rand);

  vocabulary_init ();
  return vocabulary[(guint) (VOCABULARY * u * u * u)];
}

/**
 * cal_bench_db_make_query:
 *
 * Returns: (transfer full): the @i-th of a mix of searches a user types:
 *   one word, two words, a three-letter prefix, and a query with syntax
 *   ("(word \"word") the store must take as plain text
 */
char *
cal_bench_db_make_query (GRand *rand,
                         guint  i)
{
  switch (i % 4)
    {
    case 0:
      return g_strdup (cal_bench_db_pick_word (rand));
    case 1:
      return g_strdup_printf ("%s %s", cal_bench_db_pick_word (rand), cal_bench_db_pick_word (rand));
    case 2:
      return g_strndup (cal_bench_db_pick_word (rand), 3);
    default:
      return g_strdup_printf ("(%s \"%s", cal_bench_db_pick_word (rand), cal_bench_db_pick_word (rand));
    }
}

static char *
make_text (GRand *rand,
           guint  n_words)
{
  GString *text = g_string_new ("I ");

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append (text, (i % 14) == 0 ? ". " : " ");
      g_string_append (text, cal_bench_db_pick_word (rand));
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static void
save_batch (CalStore  *store,
            GPtrArray *batch)
{
  g_autoptr(GError) error = NULL;

  if (!cal_store_save_all (store, batch, &error))
    g_error ("bench database: %s", error->message);
  g_ptr_array_set_size (batch, 0);
}

static void
add (CalStore  *store,
     GPtrArray *batch,
     gpointer   object)
{
  g_ptr_array_add (batch, object);
  if (batch->len == BATCH)
    save_batch (store, batch);
}

typedef struct
{
  char *text;
  char *analysis;
  char *title;
  char *track;
  char *level;
  char *remote;
} Jd;

static void
jd_free (gpointer data)
{
  Jd *jd = data;

  g_free (jd->text);
  g_free (jd->analysis);
  g_free (jd->title);
  g_free (jd->track);
  g_free (jd->level);
  g_free (jd->remote);
  g_free (jd);
}

/* The job descriptions of tests/data/jds, each analysed once for real. */
static GPtrArray *
load_jds (void)
{
  const char *srcdir = g_getenv ("CALIBRD_SOURCE_DIR");
  g_autofree char *dir_path = g_build_filename (srcdir != NULL ? srcdir : SOURCE_DIR, "tests", "data", "jds", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(CalJdAnalyzer) analyzer = NULL;
  GPtrArray *jds = g_ptr_array_new_with_free_func (jd_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    g_error ("bench database: %s", error->message);
  analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);
  if (analyzer == NULL)
    g_error ("bench database: %s", error->message);

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_ascii_isdigit (name[0]) && (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".txt")))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, names->pdata[i], NULL);
      g_autoptr(CalJdAnalysis) analysis = NULL;
      Jd *jd = g_new0 (Jd, 1);

      if (!g_file_get_contents (path, &jd->text, NULL, &error))
        g_error ("bench database: %s", error->message);
      analysis = cal_jd_analyzer_analyze (analyzer, jd->text, NULL, &error);
      if (analysis == NULL)
        g_error ("bench database: %s: %s", path, error->message);
      jd->analysis = cal_jd_analysis_to_json_string (analysis);
      jd->title = g_strdup (cal_jd_analysis_get_title (analysis));
      jd->track = g_strdup (cal_jd_analysis_get_track (analysis));
      jd->level = g_strdup (cal_jd_analysis_get_level (analysis));
      jd->remote = g_strdup (cal_jd_analysis_get_remote (analysis));
      g_ptr_array_add (jds, jd);
    }
  if (jds->len == 0)
    g_error ("bench database: no job descriptions in %s", dir_path);
  return jds;
}

/* The same posting reworded: paragraphs after the first in another order,
 * one sometimes left out, and a line about the company, as the same role
 * reads at different companies. */
static char *
vary_jd (GRand      *rand,
         const char *text,
         const char *company)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", -1);
  guint n = g_strv_length (paragraphs);
  GString *out = g_string_new (NULL);
  guint skip = n > 4 && g_rand_boolean (rand) ? (guint) g_rand_int_range (rand, 1, n) : G_MAXUINT;

  for (guint i = n - 1; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 1, i + 1);
      char *tmp = paragraphs[i];

      if (g_rand_int_range (rand, 0, 3) != 0)
        continue;
      paragraphs[i] = paragraphs[j];
      paragraphs[j] = tmp;
    }
  for (guint i = 0; i < n; i++)
    {
      if (i == skip)
        continue;
      g_string_append (out, paragraphs[i]);
      g_string_append (out, "\n\n");
      if (i == 0)
        g_string_append_printf (out, "About %s: we build software people rely on every day.\n\n", company);
    }
  return g_string_free (out, FALSE);
}

static void
populate (CalStore *store)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) jds = load_jds ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GListModel) jobs = NULL;
  g_autoptr(GError) error = NULL;
  const char *levels[] = { "mid", "senior", "staff", "principal" };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 start = cal_bench_now ();
  gsize jd_bytes = 0;

  for (guint i = 0; i < CAL_BENCH_DB_JOBS; i++)
    {
      Jd *jd = jds->pdata[i % jds->len];
      CalJob *job = cal_job_new ();
      g_autofree char *company = g_strdup_printf ("Company %u", i);
      g_autofree char *source = vary_jd (rand, jd->text, company);

      jd_bytes += strlen (source);
      cal_job_set_company (job, company);
      cal_job_set_title (job, jd->title != NULL ? jd->title : "");
      cal_job_set_track (job, jd->track != NULL ? jd->track : "");
      cal_job_set_level (job, jd->level != NULL ? jd->level : "");
      cal_job_set_remote (job, jd->remote != NULL ? jd->remote : "");
      cal_job_set_source_text (job, source);
      cal_job_set_analysis (job, jd->analysis);
      cal_job_set_created (job, now - (CAL_BENCH_DB_JOBS - i) * 3600);
      add (store, batch, job);
    }
  save_batch (store, batch);

  for (guint i = 0; i < CAL_BENCH_DB_STORIES; i++)
    {
      CalStory *story = cal_story_new ();
      g_autofree char *title = make_text (rand, 6);
      g_autofree char *situation = make_text (rand, 60);
      g_autofree char *task = make_text (rand, 30);
      g_autofree char *action = make_text (rand, 120);
      g_autofree char *result = make_text (rand, 40);
      const char *tags[] = { words[i % G_N_ELEMENTS (words)], words[(i * 7) % G_N_ELEMENTS (words)], NULL };

      cal_story_set_title (story, title);
      cal_story_set_situation (story, situation);
      cal_story_set_task (story, task);
      cal_story_set_action (story, action);
      cal_story_set_result (story, result);
      cal_story_set_target_level (story, levels[i % G_N_ELEMENTS (levels)]);
      cal_story_set_tags (story, tags);
      add (store, batch, story);
    }
  save_batch (store, batch);

  for (guint i = 0; i < CAL_BENCH_DB_QUESTIONS; i++)
    {
      CalQuestion *question = cal_question_new ();
      g_autofree char *text = g_strdup_printf ("Tell me about a time you handled %s and %s (%u).",
                                               words[i % G_N_ELEMENTS (words)],
                                               words[(i * 3 + 1) % G_N_ELEMENTS (words)], i);

      cal_question_set_text (question, text);
      cal_question_set_source (question, "own");
      cal_question_set_competency (question, "ownership");
      add (store, batch, question);
    }
  save_batch (store, batch);

  /* A two-minute answer: about 250 words with their times, as the
   * transcriber stores them, and a coach report. */
  for (guint i = 0; i < CAL_BENCH_DB_PRACTICES; i++)
    {
      CalPractice *practice = cal_practice_new ();
      GString *json = g_string_new ("{\"text\": \"");
      g_autofree char *transcript = make_text (rand, 250);
      g_auto(GStrv) spoken = g_strsplit (transcript, " ", -1);
      double t = 0.4;

      g_string_append (json, transcript);
      g_string_append_printf (json, "\", \"duration_s\": 120.0, \"engine\": \"pocketsphinx\", \"words\": [");
      for (guint w = 0; spoken[w] != NULL; w++)
        {
          g_string_append_printf (json, "%s{\"word\": \"%s\", \"start\": %.2f, \"end\": %.2f}",
                                  w > 0 ? ", " : "", spoken[w], t, t + 0.3);
          t += 0.45;
        }
      g_string_append (json, "]}");

      cal_practice_set_question_id (practice, 1 + i % CAL_BENCH_DB_QUESTIONS);
      cal_practice_set_question_text (practice, "Tell me about a time you disagreed with your manager.");
      cal_practice_set_story_id (practice, 1 + (i % CAL_BENCH_DB_STORIES));
      cal_practice_set_duration (practice, 120.0);
      cal_practice_set_transcript (practice, json->str);
      cal_practice_set_report (practice, "{\"scope\": \"team\", \"verdict\": \"at\", \"wpm\": 142, "
                                         "\"wpm_variation\": 0.18, \"fillers_per_min\": 2.5, "
                                         "\"fillers\": {\"um\": 3, \"like\": 2}, \"i_we_ratio\": 1.4}");
      cal_practice_set_created (practice, now - (CAL_BENCH_DB_PRACTICES - i) * 600);
      g_string_free (json, TRUE);
      add (store, batch, practice);
    }
  save_batch (store, batch);

  jobs = cal_store_list_jobs (store, &error);
  if (jobs == NULL)
    g_error ("bench database: %s", error->message);
  for (guint i = 0; i < CAL_BENCH_DB_PLANS; i++)
    {
      g_autoptr(CalJob) job = g_list_model_get_item (jobs, i * (g_list_model_get_n_items (jobs) / CAL_BENCH_DB_PLANS));
      g_autoptr(GListModel) items = NULL;
      g_autoptr(CalPlan) plan = cal_plan_drafter_draft (cal_catalog_get_default (), job, &items, &error);

      if (plan == NULL || !cal_plan_drafter_save (store, plan, items, &error))
        g_error ("bench database: plan for job %" G_GINT64_FORMAT ": %s", cal_job_get_id (job), error->message);
    }

  cal_bench_note ("database", "generated %u stories, %u jobs (%.1f KB of JD text each), %u practices, "
                  "%u plans in %.1f s",
                  CAL_BENCH_DB_STORIES, CAL_BENCH_DB_JOBS, jd_bytes / 1024.0 / CAL_BENCH_DB_JOBS,
                  CAL_BENCH_DB_PRACTICES, CAL_BENCH_DB_PLANS, cal_bench_ms_since (start) / 1000.0);
}

/**
 * cal_bench_db_get_data_home:
 *
 * Makes the database if it is not there yet.
 *
 * Returns: (transfer none): a folder that holds calibrd/calibrd.db, fit to
 *   be XDG_DATA_HOME
 */
const char *
cal_bench_db_get_data_home (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *stamp_text = NULL;
  g_autoptr(GError) error = NULL;
  const char *env = g_getenv ("CALIBRD_BENCH_DATA");
  GStatBuf st;

  if (data_home != NULL)
    return data_home;

  if (env != NULL && *env != '\0')
    data_home = g_strdup (env);
  else
    {
      data_home = g_dir_make_tmp ("calibrd-bench-XXXXXX", &error);
      if (data_home == NULL)
        g_error ("bench database: %s", error->message);
      temporary = TRUE;
    }

  dir = g_build_filename (data_home, "calibrd", NULL);
  db_path = g_build_filename (dir, "calibrd.db", NULL);
  stamp = g_build_filename (dir, "bench-generator", NULL);
  if (g_file_get_contents (stamp, &stamp_text, NULL, NULL) && g_str_equal (stamp_text, GENERATOR_VERSION) &&
      g_file_test (db_path, G_FILE_TEST_EXISTS))
    return data_home;

  {
    const char *suffixes[] = { "", "-wal", "-shm" };
    g_autoptr(CalStore) store = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (db_path, suffixes[i], NULL);

        g_unlink (file);
      }
    if (g_mkdir_with_parents (dir, 0700) != 0)
      g_error ("bench database: cannot create %s", dir);
    store = cal_store_open (db_path, &error);
    if (store == NULL)
      g_error ("bench database: %s", error->message);
    populate (store);
  }

  if (g_stat (db_path, &st) == 0)
    cal_bench_note ("database", "%s, %.1f MB", db_path, st.st_size / (1024.0 * 1024.0));
  if (!g_file_set_contents (stamp, GENERATOR_VERSION, -1, &error))
    g_error ("bench database: %s", error->message);
  return data_home;
}

/**
 * cal_bench_db_get_path:
 *
 * Returns: (transfer none): the database file, made if needed
 */
const char *
cal_bench_db_get_path (void)
{
  cal_bench_db_get_data_home ();
  return db_path;
}

/**
 * cal_bench_db_cleanup:
 *
 * Removes the database if it was made in a temporary folder for this
 * process alone; a $CALIBRD_BENCH_DATA one is kept for the next bench.
 */
void
cal_bench_db_cleanup (void)
{
  if (temporary && data_home != NULL)
    cal_bench_rm_rf (data_home);
  g_clear_pointer (&data_home, g_free);
  g_clear_pointer (&db_path, g_free);
  temporary = FALSE;
}
