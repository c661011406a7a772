/* test-stories-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Stories section in the real window, on a real (Xvfb) display, with a
 * real database file.
 */

#include "config.h"

#include <adwaita.h>

#include "cal-calibration-panel.h"
#include "cal-coverage-view.h"
#include "cal-stories-view.h"
#include "cal-story-editor.h"
#include "cal-tag-entry.h"
#include "cal-window.h"

static CalContext *context;
static char *db_path;

typedef gboolean (*DoneFunc) (gpointer data);

static gboolean
iterate_until (DoneFunc done,
               gpointer data,
               int      timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * 1000;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return done (data);
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

static void
wait_ms (int ms)
{
  iterate_until (never, NULL, ms);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
collect_descendants (GtkWidget *root,
                     GType      type,
                     GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (out, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_descendants (child, type, out);
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_descendants (root, type, found);
  return found->len > 0 ? found->pdata[0] : NULL;
}

static GtkWidget *
find_button_with_label (GtkWidget  *root,
                        const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_descendants (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];
  return NULL;
}

typedef struct
{
  CalWindow      *window;
  CalStoriesView *view;
  AdwToast       *last_toast;
} Fixture;

static void
on_toast (CalSection *section,
          AdwToast   *toast,
          Fixture    *fixture)
{
  g_set_object (&fixture->last_toast, toast);
}

/* The section reads the bank in a worker, on first show and on each
 * reload (back from the editor, cal_stories_view_reload()…). */
static gboolean
is_loaded (gpointer view)
{
  return !cal_stories_view_get_loading (view);
}

static void
wait_loaded (CalStoriesView *view)
{
  g_assert_true (iterate_until (is_loaded, view, 5000));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate_until (is_mapped, fixture->window, 5000);
  cal_window_show_section (fixture->window, "stories");
  fixture->view = CAL_STORIES_VIEW (find_descendant (GTK_WIDGET (fixture->window), CAL_TYPE_STORIES_VIEW));
  g_assert_nonnull (fixture->view);
  g_signal_connect (fixture->view, "toast", G_CALLBACK (on_toast), fixture);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  wait_loaded (fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (fixture->view, fixture);
  g_clear_object (&fixture->last_toast);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  wait_ms (50);
}

/* The STAR views, in the order the editor shows them. */
static GPtrArray *
star_views (CalStoryEditor *editor)
{
  GPtrArray *views = g_ptr_array_new ();

  collect_descendants (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 4);
  return views;
}

static void
set_part (CalStoryEditor *editor,
          guint           part,
          const char     *text)
{
  g_autoptr(GPtrArray) views = star_views (editor);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[part]), text, -1);
}

static gboolean
autosave_idle (gpointer data)
{
  return !cal_autosave_get_pending (cal_context_get_autosave (context));
}

static CalStory *
reopen_and_get (gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (db_path, &error);
  CalStory *story;

  g_assert_no_error (error);
  story = cal_store_get_story (store, id, &error);
  g_assert_no_error (error);
  return story;
}

static const char *page_wanted;

static gboolean
page_is (gpointer view)
{
  return g_strcmp0 (cal_stories_view_get_page (view), page_wanted) == 0;
}

static void
test_new_story_saves_every_field (Fixture       *fixture,
                                  gconstpointer  data)
{
  CalStoryEditor *editor = cal_stories_view_get_editor (fixture->view);
  g_autoptr(CalStory) saved = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  CalTagEntry *tag_entry;
  GtkWidget *title;
  CalStory *story;
  gint64 id;

  g_assert_cmpstr (cal_stories_view_get_page (fixture->view), ==, "empty");

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.new", NULL);
  g_assert_cmpstr (cal_stories_view_get_page (fixture->view), ==, "editor");
  story = cal_story_editor_get_story (editor);
  g_assert_nonnull (story);
  id = cal_story_get_id (story);
  g_assert_cmpint (id, >, 0);

  title = find_descendant (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (title), "Halving on-call pages");
  set_part (editor, 0, "Our team owned the order service and on-call was exhausting.");
  set_part (editor, 1, "I was asked to make on-call sustainable.");
  set_part (editor, 2, "I sorted a quarter of pages by cause and fixed the three noisiest jobs myself.");
  set_part (editor, 3, "Pages fell from 60 a month to 28 in one quarter.");

  tag_entry = CAL_TAG_ENTRY (find_descendant (GTK_WIDGET (editor), CAL_TYPE_TAG_ENTRY));
  collect_descendants (GTK_WIDGET (tag_entry), GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "on-call");
  g_signal_emit_by_name (entries->pdata[0], "activate");
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "reliability,");

  /* Nothing is saved by hand: wait past the autosave interval (500 ms). */
  g_assert_true (cal_autosave_get_pending (cal_context_get_autosave (context)));
  wait_ms (700);
  g_assert_true (iterate_until (autosave_idle, NULL, 5000));

  saved = reopen_and_get (id);
  g_assert_cmpstr (cal_story_get_title (saved), ==, "Halving on-call pages");
  g_assert_cmpstr (cal_story_get_situation (saved), ==, "Our team owned the order service and on-call was exhausting.");
  g_assert_cmpstr (cal_story_get_task (saved), ==, "I was asked to make on-call sustainable.");
  g_assert_cmpstr (cal_story_get_action (saved), ==, "I sorted a quarter of pages by cause and fixed the three noisiest jobs myself.");
  g_assert_cmpstr (cal_story_get_result (saved), ==, "Pages fell from 60 a month to 28 in one quarter.");
  g_assert_cmpstr (cal_story_get_target_level (saved), ==, "senior");
  g_assert_true (g_strv_equal (cal_story_get_tags (saved), (const char *[]) { "on-call", "reliability", NULL }));

  /* Back in the list, the story is there with its new title. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.back", NULL);
  g_assert_cmpstr (cal_stories_view_get_page (fixture->view), ==, "list");
  wait_loaded (fixture->view);
  {
    GListModel *stories = cal_stories_view_get_stories (fixture->view);
    g_autoptr(CalStory) first = g_list_model_get_item (stories, 0);

    g_assert_cmpuint (g_list_model_get_n_items (stories), ==, 1);
    g_assert_cmpstr (cal_story_get_title (first), ==, "Halving on-call pages");
  }
}

static char *verdict_before;

static gboolean
verdict_changed (gpointer panel)
{
  return g_strcmp0 (cal_calibration_panel_get_verdict (panel), verdict_before) != 0;
}

static char *
wait_for_new_verdict (CalCalibrationPanel *panel)
{
  g_free (verdict_before);
  verdict_before = g_strdup (cal_calibration_panel_get_verdict (panel));
  g_assert_true (iterate_until (verdict_changed, panel, 3000));
  return g_strdup (cal_calibration_panel_get_verdict (panel));
}

static void
test_calibration_follows_typing (Fixture       *fixture,
                                 gconstpointer  data)
{
  CalStoryEditor *editor = cal_stories_view_get_editor (fixture->view);
  CalCalibrationPanel *panel = cal_story_editor_get_panel (editor);
  g_autofree char *team = NULL;
  g_autofree char *company = NULL;
  gint64 typed_at;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.new", NULL);
  g_assert_cmpstr (cal_stories_view_get_page (fixture->view), ==, "editor");

  set_part (editor, 0, "Our team's deploys were slow and risky.");
  set_part (editor, 1, "I had to make deploys safe.");
  set_part (editor, 2, "I built a canary stage and wrote the runbook.");
  typed_at = g_get_monotonic_time ();
  set_part (editor, 3, "My team of six shipped twice as often with no failed deploys that quarter.");

  team = wait_for_new_verdict (panel);
  /* The grade waits for a typing pause, it does not run on each key. */
  g_assert_cmpint (g_get_monotonic_time () - typed_at, >=, 250 * 1000);
  g_assert_nonnull (strstr (team, "target Senior"));

  set_part (editor, 3, "The whole company adopted it: every product across the organisation now deploys "
                       "daily, and customer-facing incidents fell by 40% company-wide.");
  company = wait_for_new_verdict (panel);

  g_assert_cmpstr (team, !=, company);
  g_assert_nonnull (strstr (company, "above"));
  g_assert_null (strstr (team, "above"));
}

static CalStory *
store_story (const char *title,
             const char *action,
             const char *tag)
{
  g_autoptr(GError) error = NULL;
  CalStore *store = cal_context_get_store (context);
  CalStory *story = cal_story_new ();

  cal_story_set_title (story, title);
  cal_story_set_situation (story, "A situation.");
  cal_story_set_action (story, action);
  cal_story_set_result (story, "It worked.");
  cal_story_set_target_level (story, "senior");
  cal_story_set_tags (story, (const char *[]) { tag, NULL });
  cal_store_save_story (store, story, &error);
  g_assert_no_error (error);
  return story;
}

static guint n_wanted;

static gboolean
n_stories_is (gpointer view)
{
  return g_list_model_get_n_items (cal_stories_view_get_stories (view)) == n_wanted;
}

static void
test_search_and_tag_filter (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CalStory) a = store_story ("Migrating the fleet", "I moved every service onto Kubernetes.", "infra");
  g_autoptr(CalStory) b = store_story ("Hiring a team", "I ran forty interviews and hired five engineers.", "people");
  GtkWidget *search = find_descendant (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *dropdown = find_descendant (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN);
  GListModel *stories = cal_stories_view_get_stories (fixture->view);
  g_autoptr(CalStory) found = NULL;
  guint all;

  /* The list reads the bank again when it is shown. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.coverage", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.back", NULL);
  wait_loaded (fixture->view);
  all = g_list_model_get_n_items (stories);
  g_assert_cmpuint (all, >=, 4);

  /* A word from the body, as a prefix: full-text search. */
  gtk_editable_set_text (GTK_EDITABLE (search), "kubern");
  n_wanted = 1;
  g_assert_true (iterate_until (n_stories_is, fixture->view, 3000));
  found = g_list_model_get_item (stories, 0);
  g_assert_cmpint (cal_story_get_id (found), ==, cal_story_get_id (a));

  gtk_editable_set_text (GTK_EDITABLE (search), "zeppelin");
  n_wanted = 0;
  g_assert_true (iterate_until (n_stories_is, fixture->view, 3000));
  page_wanted = "list";
  g_assert_true (page_is (fixture->view));

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  n_wanted = all;
  g_assert_true (iterate_until (n_stories_is, fixture->view, 3000));

  /* The tag filter: "people" is one of the tags in use. */
  {
    GListModel *tags = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
    guint people = GTK_INVALID_LIST_POSITION;

    for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (tags), i), "people") == 0)
        people = i;
    g_assert_cmpuint (people, !=, GTK_INVALID_LIST_POSITION);

    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), people);
    g_assert_cmpuint (g_list_model_get_n_items (stories), ==, 1);
    g_clear_object (&found);
    found = g_list_model_get_item (stories, 0);
    g_assert_cmpint (cal_story_get_id (found), ==, cal_story_get_id (b));

    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
    g_assert_cmpuint (g_list_model_get_n_items (stories), ==, all);
  }
}

static GHashTable *
snapshot_by_id (GListModel *stories)
{
  GHashTable *by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (stories); i++)
    {
      CalStory *story = g_list_model_get_item (stories, i);
      gint64 id = cal_story_get_id (story);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), story);
    }
  return by_id;
}

static void
assert_same_objects (GListModel *stories,
                     GHashTable *before)
{
  for (guint i = 0; i < g_list_model_get_n_items (stories); i++)
    {
      g_autoptr(CalStory) story = g_list_model_get_item (stories, i);
      gint64 id = cal_story_get_id (story);

      g_assert_true (g_hash_table_lookup (before, &id) == story);
    }
}

static void
test_search_filters_in_place (Fixture       *fixture,
                              gconstpointer  data)
{
  /* The title match is the older story: only the rank puts it first. */
  g_autoptr(CalStory) in_title = store_story ("The zanzibar launch", "I shipped it on time.", "launch");
  g_autoptr(CalStory) in_body = store_story ("Quarterly planning", "I ran the zanzibar offsite for forty people.", "launch");
  GtkWidget *search = find_descendant (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY);
  GListModel *stories = cal_stories_view_get_stories (fixture->view);
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(CalStory) first = NULL;
  g_autoptr(CalStory) second = NULL;
  guint all;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.coverage", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.back", NULL);
  wait_loaded (fixture->view);
  all = g_list_model_get_n_items (stories);
  g_assert_cmpuint (all, >=, 2);
  before = snapshot_by_id (stories);

  /* Not searching, the last edited comes first. */
  first = g_list_model_get_item (stories, 0);
  g_assert_cmpint (cal_story_get_id (first), ==, cal_story_get_id (in_body));
  g_clear_object (&first);

  /* Narrow: the best match first, and the very objects the list had. */
  gtk_editable_set_text (GTK_EDITABLE (search), "zanzib");
  n_wanted = 2;
  g_assert_true (iterate_until (n_stories_is, fixture->view, 3000));
  first = g_list_model_get_item (stories, 0);
  second = g_list_model_get_item (stories, 1);
  g_assert_cmpint (cal_story_get_id (first), ==, cal_story_get_id (in_title));
  g_assert_cmpint (cal_story_get_id (second), ==, cal_story_get_id (in_body));
  assert_same_objects (stories, before);
  g_clear_object (&first);
  g_clear_object (&second);

  /* Narrower still, then wide again: every story back, by last edit,
   * still the same objects. */
  gtk_editable_set_text (GTK_EDITABLE (search), "zanzibar offsite");
  n_wanted = 1;
  g_assert_true (iterate_until (n_stories_is, fixture->view, 3000));
  first = g_list_model_get_item (stories, 0);
  g_assert_cmpint (cal_story_get_id (first), ==, cal_story_get_id (in_body));
  assert_same_objects (stories, before);
  g_clear_object (&first);

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  n_wanted = all;
  g_assert_true (iterate_until (n_stories_is, fixture->view, 3000));
  assert_same_objects (stories, before);
  first = g_list_model_get_item (stories, 0);
  g_assert_cmpint (cal_story_get_id (first), ==, cal_story_get_id (in_body));
  g_clear_object (&first);

  /* Reading the bank again keeps the objects of unchanged stories and
   * replaces the one that changed. */
  cal_story_set_title (in_title, "The zanzibar relaunch");
  {
    g_autoptr(GError) error = NULL;

    cal_store_save_story (cal_context_get_store (context), in_title, &error);
    g_assert_no_error (error);
  }
  cal_stories_view_reload (fixture->view);
  g_assert_true (cal_stories_view_get_loading (fixture->view));
  wait_loaded (fixture->view);
  g_assert_cmpuint (g_list_model_get_n_items (stories), ==, all);
  for (guint i = 0; i < all; i++)
    {
      g_autoptr(CalStory) story = g_list_model_get_item (stories, i);
      gint64 id = cal_story_get_id (story);

      if (id == cal_story_get_id (in_title))
        {
          g_assert_true (g_hash_table_lookup (before, &id) != story);
          g_assert_cmpstr (cal_story_get_title (story), ==, "The zanzibar relaunch");
        }
      else
        g_assert_true (g_hash_table_lookup (before, &id) == story);
    }
}

static gboolean
list_has_id (CalStoriesView *view,
             gint64          id)
{
  GListModel *stories = cal_stories_view_get_stories (view);

  for (guint i = 0; i < g_list_model_get_n_items (stories); i++)
    {
      g_autoptr(CalStory) story = g_list_model_get_item (stories, i);

      if (cal_story_get_id (story) == id)
        return TRUE;
    }
  return FALSE;
}

static gint64 story_id_for_wait;

static gboolean
story_is_gone (gpointer data)
{
  g_autoptr(CalStory) story = cal_store_get_story (data, story_id_for_wait, NULL);

  return story == NULL;
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CalStory) story = store_story ("A story to delete", "I deleted things.", "misc");
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStory) gone = NULL;
  gint64 id = cal_story_get_id (story);
  CalStore *store = cal_context_get_store (context);

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.coverage", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.back", NULL);
  wait_loaded (fixture->view);
  g_assert_true (list_has_id (fixture->view, id));

  /* Delete from the editor's header, then take it back. */
  g_assert_true (cal_stories_view_open_story (fixture->view, id));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.delete", NULL);
  g_assert_cmpstr (cal_stories_view_get_page (fixture->view), ==, "list");
  g_assert_false (list_has_id (fixture->view, id));
  g_assert_nonnull (fixture->last_toast);

  /* A person cannot click a toast before it has slid in. Dismissing one
   * while its 300 ms show animation runs crashes libadwaita 1.2's toast
   * overlay now and then, so wait like a person would. */
  wait_ms (400);

  /* What a click on "Undo" does: the signal, then the toast goes away. */
  g_signal_emit_by_name (fixture->last_toast, "button-clicked");
  adw_toast_dismiss (fixture->last_toast);
  wait_ms (100);
  g_assert_true (list_has_id (fixture->view, id));
  {
    g_autoptr(CalStory) kept = cal_store_get_story (store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (cal_story_get_title (kept), ==, "A story to delete");
  }
  g_clear_object (&fixture->last_toast);

  /* Delete from the row's button; when the toast goes, so does the story. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.delete-story", "x", id);
  g_assert_false (list_has_id (fixture->view, id));
  g_assert_nonnull (fixture->last_toast);
  wait_ms (400);
  adw_toast_dismiss (fixture->last_toast);
  /* The delete is committed on the next idle after the toast goes. */
  story_id_for_wait = id;
  iterate_until (story_is_gone, store, 2000);
  wait_loaded (fixture->view);

  gone = cal_store_get_story (store, id, &error);
  g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_assert_false (list_has_id (fixture->view, id));
}

static CalQuestion *
store_question (CalJob     *job,
                const char *text)
{
  g_autoptr(GError) error = NULL;
  CalQuestion *question = cal_question_new ();

  cal_question_set_text (question, text);
  cal_question_set_source (question, "predicted");
  cal_question_set_job_id (question, cal_job_get_id (job));
  cal_question_set_why (question, "The description asks for on-call ownership.");
  cal_store_save_question (cal_context_get_store (context), question, &error);
  g_assert_no_error (error);
  return question;
}

static void
test_coverage_matrix (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(CalQuestion) covered = NULL;
  g_autoptr(CalQuestion) open = NULL;
  g_autoptr(CalStory) story = store_story ("Halving the pages", "I fixed the noisiest alerts myself.", "on-call");
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  CalStore *store = cal_context_get_store (context);
  CalCoverageView *coverage = cal_stories_view_get_coverage (fixture->view);
  GtkWidget *write, *uncovered_row = NULL;
  CalStory *created;

  cal_job_set_company (job, "GitLab");
  cal_job_set_title (job, "Senior Backend Engineer");
  cal_job_set_level (job, "senior");
  cal_job_set_track (job, "backend-engineer");
  cal_store_save_job (store, job, &error);
  g_assert_no_error (error);
  covered = store_question (job, "Tell me about a time you reduced operational load.");
  open = store_question (job, "Describe a system you designed for scale.");
  cal_store_link_story_question (store, cal_story_get_id (story), cal_question_get_id (covered), &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.coverage", NULL);
  g_assert_cmpstr (cal_stories_view_get_page (fixture->view), ==, "coverage");
  g_assert_cmpint (cal_coverage_view_get_job_id (coverage), ==, cal_job_get_id (job));
  g_assert_cmpuint (cal_coverage_view_get_n_uncovered (coverage), ==, 1);

  /* The question without a story is highlighted and offers a button. */
  collect_descendants (GTK_WIDGET (coverage), GTK_TYPE_LIST_BOX_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_has_css_class (rows->pdata[i], "uncovered"))
      {
        g_assert_null (uncovered_row);
        uncovered_row = rows->pdata[i];
      }
  g_assert_nonnull (uncovered_row);
  g_assert_null (find_button_with_label (uncovered_row, "Halving the pages"));
  write = find_button_with_label (uncovered_row, "_Write a Story");
  g_assert_nonnull (write);

  /* The covered question shows its story as a marker. */
  g_assert_nonnull (find_button_with_label (GTK_WIDGET (coverage), "Halving the pages"));

  g_signal_emit_by_name (write, "clicked");
  g_assert_cmpstr (cal_stories_view_get_page (fixture->view), ==, "editor");
  created = cal_story_editor_get_story (cal_stories_view_get_editor (fixture->view));
  g_assert_nonnull (created);
  g_assert_cmpint (cal_story_get_id (created), !=, cal_story_get_id (story));
  g_assert_cmpstr (cal_story_get_target_level (created), ==, "senior");

  linked = cal_store_list_stories_for_question (store, cal_question_get_id (open), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (linked), ==, 1);
  {
    g_autoptr(CalStory) first = g_list_model_get_item (linked, 0);
    g_assert_cmpint (cal_story_get_id (first), ==, cal_story_get_id (created));
  }

  /* Back on the matrix, every question now has a story. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "stories.coverage", NULL);
  g_assert_cmpuint (cal_coverage_view_get_n_uncovered (coverage), ==, 0);
}

/* A window whose Stories section has not read its bank yet: nothing has
 * run the main loop since it was built, so the worker's result cannot
 * have been delivered. */
static CalStoriesView *
new_window_still_loading (CalWindow **window)
{
  CalStoriesView *view;

  *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);
  gtk_window_set_default_size (GTK_WINDOW (*window), 1200, 800);
  cal_window_show_section (*window, "stories");
  view = CAL_STORIES_VIEW (find_descendant (GTK_WIDGET (*window), CAL_TYPE_STORIES_VIEW));
  g_assert_nonnull (view);
  g_assert_true (cal_stories_view_get_loading (view));
  return view;
}

static void
test_search_while_loading (void)
{
  g_autoptr(CalStory) match = store_story ("The xylophone summit", "I booked the xylophonists.", "events");
  g_autoptr(CalStory) other = store_story ("Budget review", "I cut the cloud bill by a third.", "money");
  g_autoptr(CalStory) first = NULL;
  CalWindow *window;
  CalStoriesView *view;
  GtkWidget *search;
  GListModel *stories;

  view = new_window_still_loading (&window);
  stories = cal_stories_view_get_stories (view);
  search = find_descendant (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);

  /* While loading: an empty list under the search entry, never the
   * "No Stories Yet" page of an empty bank. */
  g_assert_cmpuint (g_list_model_get_n_items (stories), ==, 0);
  g_assert_cmpstr (cal_stories_view_get_page (view), ==, "list");

  /* Typed (and the entry's delay gone by) before the bank arrives. */
  gtk_editable_set_text (GTK_EDITABLE (search), "xylophon");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_true (cal_stories_view_get_loading (view));

  gtk_window_present (GTK_WINDOW (window));
  wait_loaded (view);
  g_assert_cmpuint (g_list_model_get_n_items (stories), ==, 1);
  first = g_list_model_get_item (stories, 0);
  g_assert_cmpint (cal_story_get_id (first), ==, cal_story_get_id (match));
  g_assert_cmpstr (cal_stories_view_get_page (view), ==, "list");

  /* Clearing it shows the whole bank, the other story too. */
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_assert_cmpuint (g_list_model_get_n_items (stories), >=, 2);
  g_assert_true (list_has_id (view, cal_story_get_id (other)));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);

  /* Enter before the bank arrives opens the best match once it does. */
  view = new_window_still_loading (&window);
  search = find_descendant (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), "xylophon");
  g_signal_emit_by_name (search, "activate");
  gtk_window_present (GTK_WINDOW (window));
  wait_loaded (view);
  g_assert_cmpstr (cal_stories_view_get_page (view), ==, "editor");
  g_assert_cmpint (cal_story_get_id (cal_story_editor_get_story (cal_stories_view_get_editor (view))), ==,
                   cal_story_get_id (match));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (50);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  dir = g_dir_make_tmp ("calibrd-stories-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (dir, "calibrd.db", NULL);
  store = cal_store_open (db_path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  g_settings_set_uint (settings, "autosave-interval", 500);
  g_settings_set_string (settings, "last-section", "stories");
  context = cal_context_new (store, settings);

  /* The tests build on each other's data, in this order. */
  g_test_add ("/stories/new-story-saves-every-field", Fixture, NULL,
              fixture_set_up, test_new_story_saves_every_field, fixture_tear_down);
  g_test_add ("/stories/calibration-follows-typing", Fixture, NULL,
              fixture_set_up, test_calibration_follows_typing, fixture_tear_down);
  g_test_add ("/stories/search-and-tag-filter", Fixture, NULL,
              fixture_set_up, test_search_and_tag_filter, fixture_tear_down);
  g_test_add ("/stories/search-filters-in-place", Fixture, NULL,
              fixture_set_up, test_search_filters_in_place, fixture_tear_down);
  g_test_add ("/stories/delete-and-undo", Fixture, NULL,
              fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/stories/coverage-matrix", Fixture, NULL,
              fixture_set_up, test_coverage_matrix, fixture_tear_down);
  g_test_add_func ("/stories/search-while-loading", test_search_while_loading);

  status = g_test_run ();

  g_clear_object (&context);
  g_clear_pointer (&verdict_before, g_free);
  g_clear_pointer (&db_path, g_free);
  return status;
}
