/* bench-store.c — how the store behaves with a big, realistic bank
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Creates 10,000 stories, 1,000 jobs (about 5 KB of description each) and
 * 5,000 practices, then prints: open time, time to list every story
 * title, full-text search latency (p50/p95 over 100 queries) and the time
 * to save one edited story. Targets: open < 50 ms, list < 100 ms, search
 * p95 < 10 ms. It prints figures and never fails on a slow machine.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cal-store.h"

#define N_STORIES   10000
#define N_JOBS      1000
#define N_PRACTICES 5000
#define N_QUERIES   100
#define BATCH       500

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

static void
vocabulary_init (GRand *rand)
{
  static const char * const syllables[] = {
    "ka", "to", "ri", "mel", "an", "dor", "vi", "sen", "lo", "par", "qu", "ex", "tra", "ber", "gon",
    "li", "sta", "mo", "nu", "cha", "pe", "for", "ze", "ul", "tin",
  };

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

static const char *
pick_word (GRand *rand)
{
  double u = g_rand_double (rand);

  return vocabulary[(guint) (VOCABULARY * u * u * u)];
}

static void
append_words (GString *text,
              GRand   *rand,
              guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (text, (i % 14) == 0 ? ". " : " ");
      g_string_append (text, pick_word (rand));
    }
  g_string_append_c (text, '.');
}

static char *
make_text (GRand *rand,
           guint  n_words)
{
  GString *text = g_string_new ("I ");

  append_words (text, rand, n_words);
  return g_string_free (text, FALSE);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
save_batch (CalStore  *store,
            GPtrArray *batch)
{
  g_autoptr(GError) error = NULL;

  if (!cal_store_save_all (store, batch, &error))
    g_error ("%s", error->message);
  g_ptr_array_set_size (batch, 0);
}

static void
populate (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (path, &error);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  const char *levels[] = { "mid", "senior", "staff", "principal" };
  gint64 start = g_get_monotonic_time ();

  if (store == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < N_JOBS; i++)
    {
      CalJob *job = cal_job_new ();
      g_autofree char *source = make_text (rand, 800);   /* ≈ 5 KB */
      g_autofree char *company = g_strdup_printf ("Company %u", i);

      cal_job_set_company (job, company);
      cal_job_set_title (job, "Senior Backend Engineer");
      cal_job_set_source_text (job, source);
      cal_job_set_analysis (job, "{\"track\": \"backend-engineer\", \"level\": \"senior\"}");
      g_ptr_array_add (batch, job);
      if (batch->len == BATCH)
        save_batch (store, batch);
    }
  save_batch (store, batch);

  for (guint i = 0; i < N_STORIES; i++)
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
      g_ptr_array_add (batch, story);
      if (batch->len == BATCH)
        save_batch (store, batch);
    }
  save_batch (store, batch);

  for (guint i = 0; i < N_PRACTICES; i++)
    {
      CalPractice *practice = cal_practice_new ();
      g_autofree char *transcript = make_text (rand, 250);
      g_autofree char *json = g_strdup_printf ("{\"text\": \"%s\", \"words\": []}", transcript);

      cal_practice_set_question_text (practice, "Tell me about a time you disagreed with your manager.");
      cal_practice_set_story_id (practice, 1 + (i % N_STORIES));
      cal_practice_set_duration (practice, 95.5);
      cal_practice_set_transcript (practice, json);
      cal_practice_set_report (practice, "{\"wpm\": 142, \"fillers_per_min\": 2.5}");
      g_ptr_array_add (batch, practice);
      if (batch->len == BATCH)
        save_batch (store, batch);
    }
  save_batch (store, batch);

  g_print ("populate: %u stories, %u jobs, %u practices in %.0f ms\n",
           N_STORIES, N_JOBS, N_PRACTICES, ms_since (start));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("calibrd-bench-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "calibrd.db", NULL);
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GListModel) stories = NULL;
  g_autoptr(CalStory) story = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  double open_ms[5], latencies[N_QUERIES], save_ms[20];
  guint64 total_hits = 0;
  gsize title_bytes = 0;
  GStatBuf st;
  gint64 start;

  vocabulary_init (rand);
  populate (path);
  g_stat (path, &st);
  g_print ("database: %.1f MB\n", st.st_size / (1024.0 * 1024.0));

  /* Open: the median of a few, the file in the page cache as after the
   * first start of the day. */
  for (guint i = 0; i < G_N_ELEMENTS (open_ms); i++)
    {
      g_clear_object (&store);
      start = g_get_monotonic_time ();
      store = cal_store_open (path, &error);
      open_ms[i] = ms_since (start);
      if (store == NULL)
        g_error ("%s", error->message);
    }
  qsort (open_ms, G_N_ELEMENTS (open_ms), sizeof (double), compare_doubles);
  g_print ("open: %.1f ms (median of %u; target < 50 ms)\n", open_ms[2], (guint) G_N_ELEMENTS (open_ms));

  start = g_get_monotonic_time ();
  stories = cal_store_list_stories (store, &error);
  if (stories == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < g_list_model_get_n_items (stories); i++)
    {
      g_autoptr(CalStory) item = g_list_model_get_item (stories, i);

      title_bytes += strlen (cal_story_get_title (item));
    }
  g_print ("list: %u story titles in %.1f ms (target < 100 ms)\n",
           g_list_model_get_n_items (stories), ms_since (start));

  for (guint i = 0; i < N_QUERIES; i++)
    {
      g_autoptr(GListModel) hits = NULL;
      g_autofree char *query = NULL;

      /* One or two words, sometimes a prefix, sometimes with syntax a user
       * would type. */
      switch (i % 4)
        {
        case 0:
          query = g_strdup (pick_word (rand));
          break;
        case 1:
          query = g_strdup_printf ("%s %s", pick_word (rand),
                                   pick_word (rand));
          break;
        case 2:
          query = g_strndup (pick_word (rand), 3);
          break;
        default:
          query = g_strdup_printf ("(%s \"%s", pick_word (rand),
                                   pick_word (rand));
        }

      start = g_get_monotonic_time ();
      hits = cal_store_search_stories (store, query, 50, &error);
      latencies[i] = ms_since (start);
      if (hits == NULL)
        g_error ("%s", error->message);
      total_hits += g_list_model_get_n_items (hits);
    }
  qsort (latencies, N_QUERIES, sizeof (double), compare_doubles);
  g_print ("search: p50 %.2f ms, p95 %.2f ms over %u queries, limit 50, %.1f hits each (target p95 < 10 ms)\n",
           latencies[N_QUERIES / 2], latencies[N_QUERIES * 95 / 100], N_QUERIES,
           (double) total_hits / N_QUERIES);

  story = cal_store_get_story (store, 5000, &error);
  if (story == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (save_ms); i++)
    {
      g_autofree char *action = g_strdup_printf ("%s Edit %u.", cal_story_get_action (story), i);

      cal_story_set_action (story, action);
      start = g_get_monotonic_time ();
      if (!cal_store_save_story (store, story, &error))
        g_error ("%s", error->message);
      save_ms[i] = ms_since (start);
    }
  qsort (save_ms, G_N_ELEMENTS (save_ms), sizeof (double), compare_doubles);
  g_print ("save one edited story: %.2f ms (median of %u, synchronous=FULL, includes fsync)\n",
           save_ms[G_N_ELEMENTS (save_ms) / 2], (guint) G_N_ELEMENTS (save_ms));

  g_clear_object (&stories);
  g_clear_object (&store);
  if (g_getenv ("CALIBRD_BENCH_KEEP") != NULL)
    g_print ("kept: %s\n", path);
  else
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
    g_rmdir (dir);
  }

  return title_bytes > 0 ? 0 : 1;
}
