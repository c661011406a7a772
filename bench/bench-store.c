/* bench-store.c — how the store behaves with a big, realistic bank
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the shared large database (cal-bench-db.h): open time, time to list
 * every story title, full-text search latency over 100 queries and the
 * time to save one edited story. Targets: open < 50 ms, list < 100 ms,
 * search p95 < 10 ms. It prints figures and never fails on a slow machine.
 */

#include "config.h"

#include <string.h>

#include "cal-bench.h"
#include "cal-bench-db.h"
#include "cal-store.h"

#define N_OPENS   21
#define N_LISTS   11
#define N_QUERIES 100
#define N_SAVES   21

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalStory) story = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(CalBenchSamples) open_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) list_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) search_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) save_ms = cal_bench_samples_new ();
  const char *path = cal_bench_db_get_path ();
  guint64 total_hits = 0;
  guint n_titles = 0;
  gsize title_bytes = 0;

  /* Open: the file in the page cache, as after the first start of the day. */
  for (guint i = 0; i < N_OPENS; i++)
    {
      gint64 start;

      g_clear_object (&store);
      start = cal_bench_now ();
      store = cal_store_open (path, &error);
      if (store == NULL)
        g_error ("%s", error->message);
      cal_bench_samples_add (open_ms, cal_bench_ms_since (start));
    }

  for (guint i = 0; i < N_LISTS; i++)
    {
      g_autoptr(GListModel) stories = NULL;
      gint64 start = cal_bench_now ();

      stories = cal_store_list_stories (store, &error);
      if (stories == NULL)
        g_error ("%s", error->message);
      n_titles = g_list_model_get_n_items (stories);
      for (guint k = 0; k < n_titles; k++)
        {
          g_autoptr(CalStory) item = g_list_model_get_item (stories, k);

          title_bytes += strlen (cal_story_get_title (item));
        }
      cal_bench_samples_add (list_ms, cal_bench_ms_since (start));
    }
  if (n_titles != CAL_BENCH_DB_STORIES || title_bytes == 0)
    g_error ("listed %u stories, expected %u", n_titles, CAL_BENCH_DB_STORIES);

  for (guint i = 0; i < N_QUERIES; i++)
    {
      g_autoptr(GListModel) hits = NULL;
      g_autofree char *query = cal_bench_db_make_query (rand, i);
      gint64 start = cal_bench_now ();

      hits = cal_store_search_stories (store, query, 50, &error);
      cal_bench_samples_add (search_ms, cal_bench_ms_since (start));
      if (hits == NULL)
        g_error ("%s", error->message);
      total_hits += g_list_model_get_n_items (hits);
    }

  story = cal_store_get_story (store, CAL_BENCH_DB_STORIES / 2, &error);
  if (story == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < N_SAVES; i++)
    {
      g_autofree char *action = g_strdup_printf ("%s Edit %u.", cal_story_get_action (story), i);
      gint64 start;

      cal_story_set_action (story, action);
      start = cal_bench_now ();
      if (!cal_store_save_story (store, story, &error))
        g_error ("%s", error->message);
      cal_bench_samples_add (save_ms, cal_bench_ms_since (start));
    }

  cal_bench_note ("store", "%u stories, %u jobs, %u practices, %u plans; %u opens, %u lists, "
                  "%u searches (limit 50, %.1f hits each), %u saves (synchronous=FULL, with fsync)",
                  CAL_BENCH_DB_STORIES, CAL_BENCH_DB_JOBS, CAL_BENCH_DB_PRACTICES, CAL_BENCH_DB_PLANS,
                  N_OPENS, N_LISTS, N_QUERIES, (double) total_hits / N_QUERIES, N_SAVES);
  cal_bench_row ("store", "open the database", open_ms, "ms", "< 50");
  cal_bench_row ("store", "list 10,000 story titles", list_ms, "ms", "< 100");
  cal_bench_row ("store", "full-text search (100 queries)", search_ms, "ms", "p95 < 10");
  cal_bench_row ("store", "save one edited story", save_ms, "ms", NULL);

  g_clear_object (&story);
  g_clear_object (&store);
  cal_bench_db_cleanup ();
  return 0;
}
