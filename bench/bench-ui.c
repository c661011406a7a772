/* bench-ui.c — the Stories section with 10,000 stories, in the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In-process, under the display this runs in (tests/headless.sh), with the
 * real CalWindow and CalStoriesView on the shared large database:
 *
 *   - open the window on the Stories section: from creating the window to
 *     its first frame, and to the first frame drawn with the list model
 *     holding every story (the section reads the bank in a worker, so the
 *     two differ; when the list is filled before the first frame, they are
 *     the same figure);
 *   - the first show of each other section, which is when it reads its
 *     data, until drawn;
 *   - in a window opened on Jobs, the first show of Stories: from the
 *     switch to the first frame drawn with every story in the list, what a
 *     user clicking the sidebar waits for;
 *   - switch to Stories from another section again, until drawn;
 *   - filter by a typed query: from the search entry's "search-changed"
 *     (the entry waits for typing to pause first) until the list model has
 *     its new items and the window has drawn them; and from the typing
 *     itself, that delay included;
 *   - clear the search again, back to every story, until drawn.
 *
 * gtk_editable_set_text() on a non-empty entry first deletes the text,
 * and a search entry that becomes empty emits "search-changed" at once:
 * each query is therefore typed into a cleared entry, and the bench waits
 * for the emission whose text is the query, not for the first one.
 *
 * "Drawn" is gtk_test_widget_wait_for_draw(): a frame clock after-paint.
 */

#include "config.h"

#include <adwaita.h>

#include "cal-bench.h"
#include "cal-bench-db.h"
#include "cal-stories-view.h"
#include "cal-window.h"

#define N_OPENS    7
#define N_SWITCHES 11
#define N_QUERIES  30

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
settle (int ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static CalWindow *
open_window (CalContext *context)
{
  CalWindow *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static CalStoriesView *
stories_view (CalWindow *window)
{
  GtkWidget *view = find_descendant (GTK_WIDGET (window), CAL_TYPE_STORIES_VIEW);

  if (view == NULL)
    g_error ("the window has no Stories section");
  return CAL_STORIES_VIEW (view);
}

/* Waits for the list model to hold every story, then for a frame that
 * shows it; returns at once if it already does (the frame that showed it
 * was counted by the caller). Returns whether it had to wait. */
static gboolean
wait_for_every_story (CalWindow      *window,
                      CalStoriesView *view)
{
  GListModel *stories = cal_stories_view_get_stories (view);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  if (g_list_model_get_n_items (stories) == CAL_BENCH_DB_STORIES)
    return FALSE;
  /* Blocking iterations: a busy loop would take a core from the worker
   * that reads the bank. */
  while (g_list_model_get_n_items (stories) != CAL_BENCH_DB_STORIES)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("the Stories section shows %u stories, expected %u",
                 g_list_model_get_n_items (stories), CAL_BENCH_DB_STORIES);
      g_main_context_iteration (NULL, TRUE);
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return TRUE;
}

static gint64 search_changed_at;

static gboolean
search_changed_hook (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               data)
{
  /* Emission hooks run before the view's own handler, so this is the
   * moment the view starts its search. */
  search_changed_at = cal_bench_now ();
  return TRUE;
}

static const char *search_wanted;

static void
on_search_changed (GtkSearchEntry *entry,
                   gboolean       *searched)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), search_wanted) == 0)
    *searched = TRUE;
}

static void
search_and_draw (CalWindow  *window,
                 GtkWidget  *entry,
                 const char *text,
                 gboolean   *searched)
{
  *searched = FALSE;
  search_wanted = text;
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (!*searched)
    g_main_context_iteration (NULL, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(CalContext) context = NULL;
  g_autoptr(CalBenchSamples) open_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) open_first_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) first_switch_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) open_jobs_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) switch_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) filter_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) typed_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) clear_ms = cal_bench_samples_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  struct { const char *name; const char *measure; CalBenchSamples *ms; } first_show[] = {
    { "practice", "first show of Practice (5,000 practices)", cal_bench_samples_new () },
    { "plans", "first show of Plans (200 plans)", cal_bench_samples_new () },
    { "funnel", "first show of Funnel", cal_bench_samples_new () },
    { "guides", "first show of Guides", cal_bench_samples_new () },
  };
  CalWindow *window;
  CalStoriesView *view;
  GtkWidget *entry;
  gboolean searched = FALSE;
  guint64 shown = 0;

  gtk_init ();
  adw_init ();
  if (gdk_display_get_default () == NULL)
    g_error ("no display: run it under tests/headless.sh");

  store = cal_store_open (cal_bench_db_get_path (), &error);
  if (store == NULL)
    g_error ("%s", error->message);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  /* Warm-up: the first window also loads the theme, icons and fonts. */
  gtk_window_destroy (GTK_WINDOW (open_window (context)));
  settle (100);

  for (guint i = 0; i < 2 * N_OPENS; i++)
    {
      gboolean on_stories = i % 2 == 0;
      gint64 start;

      g_settings_set_string (settings, "last-section", on_stories ? "stories" : "jobs");
      start = cal_bench_now ();
      window = open_window (context);
      cal_bench_samples_add (on_stories ? open_first_ms : open_jobs_ms, cal_bench_ms_since (start));
      if (on_stories)
        {
          view = stories_view (window);
          wait_for_every_story (window, view);
          cal_bench_samples_add (open_ms, cal_bench_ms_since (start));
        }
      else
        {
          /* What a click on Stories in the sidebar does, once the window
           * is up and idle. */
          settle (100);
          start = cal_bench_now ();
          /* Sections are built when first shown: this builds Stories. */
          cal_window_show_section (window, "stories");
          view = stories_view (window);
          if (!wait_for_every_story (window, view))
            gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          cal_bench_samples_add (first_switch_ms, cal_bench_ms_since (start));
        }

      /* Each section reads its data when first shown. */
      for (guint k = 0; on_stories && k < G_N_ELEMENTS (first_show); k++)
        {
          start = cal_bench_now ();
          cal_window_show_section (window, first_show[k].name);
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          cal_bench_samples_add (first_show[k].ms, cal_bench_ms_since (start));
        }
      gtk_window_destroy (GTK_WINDOW (window));
      settle (100);
    }

  g_settings_set_string (settings, "last-section", "jobs");
  window = open_window (context);
  /* The first show loads the list, as measured above; these are the
   * switches after it. */
  cal_window_show_section (window, "stories");
  view = stories_view (window);
  if (!wait_for_every_story (window, view))
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cal_window_show_section (window, "jobs");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (guint i = 0; i < N_SWITCHES; i++)
    {
      gint64 start = cal_bench_now ();

      cal_window_show_section (window, "stories");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      cal_bench_samples_add (switch_ms, cal_bench_ms_since (start));
      cal_window_show_section (window, "jobs");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }

  cal_window_show_section (window, "stories");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  entry = find_descendant (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  if (entry == NULL)
    g_error ("the Stories section has no search entry");
  g_signal_add_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), 0,
                              search_changed_hook, NULL, NULL);
  g_signal_connect (entry, "search-changed", G_CALLBACK (on_search_changed), &searched);

  for (guint i = 0; i < N_QUERIES; i++)
    {
      g_autofree char *query = cal_bench_db_make_query (rand, i);
      gint64 typed;

      typed = cal_bench_now ();
      search_and_draw (window, entry, query, &searched);
      cal_bench_samples_add (filter_ms, cal_bench_ms_since (search_changed_at));
      cal_bench_samples_add (typed_ms, cal_bench_ms_since (typed));
      shown += g_list_model_get_n_items (cal_stories_view_get_stories (view));

      search_and_draw (window, entry, "", &searched);
      cal_bench_samples_add (clear_ms, cal_bench_ms_since (search_changed_at));
      if (g_list_model_get_n_items (cal_stories_view_get_stories (view)) != CAL_BENCH_DB_STORIES)
        g_error ("a cleared search shows %u stories, expected %u",
                 g_list_model_get_n_items (cal_stories_view_get_stories (view)), CAL_BENCH_DB_STORIES);
    }

  cal_bench_note ("ui", "%u opens on each section, %u switches, %u queries (%.0f stories shown on average); "
                  "search delay of the entry %u ms",
                  N_OPENS, N_SWITCHES, N_QUERIES, (double) shown / N_QUERIES,
                  gtk_search_entry_get_search_delay (GTK_SEARCH_ENTRY (entry)));
  /* Issue #5's targets. */
  cal_bench_row ("ui", "open the window on Stories (10,000): first frame", open_first_ms, "ms", NULL);
  cal_bench_row ("ui", "open the window on Stories (10,000): every story, drawn", open_ms, "ms", "< 200");
  cal_bench_row ("ui", "open the window on Jobs (1,000), drawn", open_jobs_ms, "ms", NULL);
  for (guint k = 0; k < G_N_ELEMENTS (first_show); k++)
    {
      cal_bench_row ("ui", first_show[k].measure, first_show[k].ms, "ms", NULL);
      cal_bench_samples_free (first_show[k].ms);
    }
  cal_bench_row ("ui", "switch to Stories, first show in an open window: every story, drawn",
                 first_switch_ms, "ms", NULL);
  cal_bench_row ("ui", "switch to Stories again, drawn", switch_ms, "ms", NULL);
  cal_bench_row ("ui", "filter 10,000 stories: search -> drawn", filter_ms, "ms", "< 50");
  cal_bench_row ("ui", "filter 10,000 stories: typed -> drawn", typed_ms, "ms", NULL);
  cal_bench_row ("ui", "clear the search: all 10,000 again, drawn", clear_ms, "ms", "< 50");

  gtk_window_destroy (GTK_WINDOW (window));
  settle (100);
  g_clear_object (&context);
  g_clear_object (&store);
  cal_bench_db_cleanup ();
  return 0;
}
