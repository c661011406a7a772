/* cal-stories-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-stories-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-coverage-view.h"
#include "cal-slot-model.h"
#include "cal-stories-interop.h"
#include "cal-stories-view.h"
#include "cal-story-editor.h"
#include "cal-story-row.h"

/* CalStoriesView is the story bank: a list of story summaries (bodies stay
 * in the database until a story is opened, so a bank of thousands opens at
 * once), searched with the store's full-text index as the user types and
 * narrowed by tag; an editor with its live calibration; and the coverage
 * matrix of a job's predicted questions. The three are pages of one stack
 * with a back button, which works at any width.
 *
 * The list holds ONE store of every summary, read when the bank may have
 * changed (first show, back from the editor, a new story, a delete, an
 * import), never per keystroke. A search only asks the index which ids
 * match and changes the filter and the order over those same objects, so
 * the list view keeps the row of every story still shown instead of
 * building its rows again: with 10,000 stories, rebuilding them is what
 * made each search take most of a second.
 *
 * The bank is read in a worker thread (the store locks its connection, see
 * cal-store.h), so neither the first frame of the section nor a reload
 * waits for the database: until the first read arrives the list shows a
 * spinner, not "No Stories Yet", and a search typed meanwhile is applied
 * to the stories when they come. Only the newest read is used.
 *
 * Deleting is undoable: the story is hidden at once and only removed from
 * the database when its toast goes away without "Undo". */

#define SEARCH_LIMIT 1000

struct _CalStoriesView
{
  CalSection       parent_instance;

  GtkWidget       *sidebar_button;
  GtkWidget       *back_button;
  AdwWindowTitle  *window_title;
  GtkWidget       *new_button;
  GtkWidget       *coverage_button;
  GtkWidget       *delete_button;
  GtkStack        *stack;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *tag_dropdown;
  GtkStack        *list_stack;
  GtkListView     *list_view;
  CalStoryEditor  *editor;
  CalCoverageView *coverage;

  GListStore         *stories;   /* every summary, as last read */
  GHashTable         *by_id;     /* gint64 * → CalStory * in stories */
  GHashTable         *matches;   /* gint64 * → rank + 1; NULL when not searching */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkCustomSorter    *sorter;
  GtkSortListModel   *sorted;    /* what the list shows */
  CalSlotModel       *slots;     /* the same, as the list view's rows */
  GtkStringList   *tag_names;    /* "All tags" first */
  char            *tag;          /* the tag filter, NULL for all */
  gboolean         filling_tags;
  gboolean         bank_empty;

  gint64           pending_delete;
  AdwToast        *delete_toast;

  GCancellable    *load_cancellable; /* the read in flight, if any */
  guint            load_serial;      /* the newest read started */
  gboolean         loaded;           /* the bank was read at least once */
  gboolean         open_first_when_loaded;
};

G_DEFINE_FINAL_TYPE (CalStoriesView, cal_stories_view, CAL_TYPE_SECTION)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload_list (CalStoriesView *self);
static void apply_search (CalStoriesView *self,
                          gboolean        may_reload);

static CalStore *
get_store (CalStoriesView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  return context != NULL ? cal_context_get_store (context) : NULL;
}

static void
flush_edits (CalStoriesView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));
  g_autoptr(GError) error = NULL;

  /* Leaving the editor writes what is pending now, so the list (read from
   * the database) shows the story as it was just typed. */
  if (context != NULL && !cal_autosave_flush (cal_context_get_autosave (context), &error))
    cal_section_toast_message (CAL_SECTION (self), error->message);
}

static void
update_chrome (CalStoriesView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean in_editor = g_strcmp0 (page, "editor") == 0;
  gboolean in_coverage = g_strcmp0 (page, "coverage") == 0;
  gboolean top = !in_editor && !in_coverage;

  gtk_widget_set_visible (self->sidebar_button, top && cal_section_get_folded (CAL_SECTION (self)));
  gtk_widget_set_visible (self->back_button, !top);
  gtk_widget_set_visible (self->delete_button, in_editor);
  gtk_widget_set_visible (self->coverage_button, !in_coverage);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.back", !top);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.delete", in_editor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.copy-text", in_editor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stories.export-story", in_editor);

  if (!top)
    adw_window_title_set_subtitle (self->window_title, NULL);

  if (in_editor)
    adw_window_title_set_title (self->window_title, _("Story"));
  else if (in_coverage)
    adw_window_title_set_title (self->window_title, _("Coverage"));
  else
    adw_window_title_set_title (self->window_title, _("Stories"));
}

static void
show_page (CalStoriesView *self,
           const char     *page)
{
  gtk_stack_set_visible_child_name (self->stack, page);
  update_chrome (self);
}

static void
update_list_page (CalStoriesView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  /* Before the first read, "No Stories Yet" would be a lie: a spinner
   * under the search entry, which takes typing already. */
  if (!self->loaded)
    gtk_stack_set_visible_child_name (self->list_stack, "loading");
  else
    gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "results" : "no-results");

  if (g_strcmp0 (page, "list") == 0 || g_strcmp0 (page, "empty") == 0)
    show_page (self, self->loaded && self->bank_empty ? "empty" : "list");
}

static guint
n_in_bank (CalStoriesView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->stories));

  /* A story whose delete can still be undone is gone for the user. */
  if (self->pending_delete != 0 && g_hash_table_contains (self->by_id, &self->pending_delete))
    n--;
  return n;
}

static void
update_subtitle (CalStoriesView *self)
{
  g_autofree char *subtitle = NULL;
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  guint n = n_in_bank (self);

  self->bank_empty = n == 0;
  if (!self->bank_empty && self->matches == NULL &&
      (g_strcmp0 (page, "list") == 0 || g_strcmp0 (page, "empty") == 0))
    subtitle = g_strdup_printf (ngettext ("%u story", "%u stories", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static gboolean
filter_story (gpointer item,
              gpointer user_data)
{
  CalStoriesView *self = user_data;
  CalStory *story = item;
  gint64 id = cal_story_get_id (story);

  if (self->pending_delete != 0 && id == self->pending_delete)
    return FALSE;

  if (self->matches != NULL && !g_hash_table_contains (self->matches, &id))
    return FALSE;

  if (self->tag != NULL)
    {
      const char * const *tags = cal_story_get_tags (story);

      return tags != NULL && g_strv_contains (tags, self->tag);
    }

  return TRUE;
}

/* While searching, the best match first, as the index ranks them (so
 * that Enter opens it); otherwise, and between equal ranks, the last
 * edited first, as the store lists them. */
static int
compare_stories (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  CalStoriesView *self = user_data;
  gint64 id_a = cal_story_get_id ((CalStory *) a);
  gint64 id_b = cal_story_get_id ((CalStory *) b);
  gint64 updated_a, updated_b;

  if (self->matches != NULL)
    {
      guint rank_a = GPOINTER_TO_UINT (g_hash_table_lookup (self->matches, &id_a));
      guint rank_b = GPOINTER_TO_UINT (g_hash_table_lookup (self->matches, &id_b));

      if (rank_a != rank_b)
        return rank_a < rank_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
    }

  updated_a = cal_story_get_updated ((CalStory *) a);
  updated_b = cal_story_get_updated ((CalStory *) b);
  if (updated_a != updated_b)
    return updated_a > updated_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (id_a != id_b)
    return id_a > id_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return GTK_ORDERING_EQUAL;
}

/* The store lists the bank in the list's own order, and most of the time
 * nothing is hidden: then the filter and the sorter are left out, and the
 * bank goes through both models without a call per story (with 10,000
 * stories, filtering and sorting them was most of the main thread's share
 * of opening the list, and of clearing a search). They come back while a
 * search, a tag or an undoable delete needs them.
 *
 * Each returns whether it attached or detached, which re-evaluates every
 * story: the caller then has no change to report. */
static gboolean
attach_filter (CalStoriesView *self)
{
  gboolean needed = self->matches != NULL || self->tag != NULL || self->pending_delete != 0;
  gboolean attached = gtk_filter_list_model_get_filter (self->filtered) != NULL;

  if (needed == attached)
    return FALSE;
  gtk_filter_list_model_set_filter (self->filtered, needed ? GTK_FILTER (self->filter) : NULL);
  return TRUE;
}

static gboolean
attach_sorter (CalStoriesView *self)
{
  gboolean needed = self->matches != NULL;
  gboolean attached = gtk_sort_list_model_get_sorter (self->sorted) != NULL;

  if (needed == attached)
    return FALSE;
  gtk_sort_list_model_set_sorter (self->sorted, needed ? GTK_SORTER (self->sorter) : NULL);
  return TRUE;
}

static void
filter_changed (CalStoriesView   *self,
                GtkFilterChange   change)
{
  if (!attach_filter (self) && gtk_filter_list_model_get_filter (self->filtered) != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
sorter_changed (CalStoriesView *self)
{
  if (!attach_sorter (self) && gtk_sort_list_model_get_sorter (self->sorted) != NULL)
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
refilter (CalStoriesView *self)
{
  filter_changed (self, GTK_FILTER_CHANGE_DIFFERENT);
  update_subtitle (self);
  update_list_page (self);
}

static void
fill_tags (CalStoriesView      *self,
           const char * const *tags)
{
  guint selected = 0;
  guint n_old;

  self->filling_tags = TRUE;
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->tag_names));
  /* Refilling the model rebuilds the drop-down's rows: only do it when
   * the tags in use changed. */
  if (n_old - 1 != (tags != NULL ? g_strv_length ((char **) tags) : 0))
    gtk_string_list_splice (self->tag_names, 1, n_old - 1, (const char * const *) tags);
  else
    for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
      if (g_strcmp0 (gtk_string_list_get_string (self->tag_names, i + 1), tags[i]) != 0)
        {
          gtk_string_list_splice (self->tag_names, 1, n_old - 1, (const char * const *) tags);
          break;
        }
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (g_strcmp0 (tags[i], self->tag) == 0)
      selected = i + 1;
  if (selected == 0)
    g_clear_pointer (&self->tag, g_free);
  gtk_drop_down_set_selected (self->tag_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->tag_dropdown), tags != NULL && tags[0] != NULL);
  self->filling_tags = FALSE;
}

static gboolean
same_tags (const char * const *a,
           const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal (a, b);
}

static gboolean
same_summary (CalStory *a,
              CalStory *b)
{
  return cal_story_get_id (a) == cal_story_get_id (b) &&
         cal_story_get_updated (a) == cal_story_get_updated (b) &&
         cal_story_get_created (a) == cal_story_get_created (b) &&
         g_str_equal (cal_story_get_title (a), cal_story_get_title (b)) &&
         g_str_equal (cal_story_get_target_level (a), cal_story_get_target_level (b)) &&
         g_str_equal (cal_story_get_track (a), cal_story_get_track (b)) &&
         same_tags (cal_story_get_tags (a), cal_story_get_tags (b));
}

/* Updates the store in place from a fresh read of every summary: a story
 * that did not change keeps its object (and so its row), and only the
 * stretch of the store that differs is spliced. The first read is one
 * splice of everything. */
static void
merge_bank (CalStoriesView *self,
            GListModel     *found)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->stories));
  guint n, prefix = 0, suffix = 0;

  n = g_list_model_get_n_items (found);
  items = g_ptr_array_new_full (n, g_object_unref);
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalStory) fresh = g_list_model_get_item (found, i);
      gint64 id = cal_story_get_id (fresh);
      CalStory *old = n_old > 0 ? g_hash_table_lookup (self->by_id, &id) : NULL;
      CalStory *story = old != NULL && same_summary (old, fresh) ? old : fresh;

      g_ptr_array_add (items, g_object_ref (story));
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), story);
    }

  while (prefix < n_old && prefix < n)
    {
      g_autoptr(CalStory) old = g_list_model_get_item (G_LIST_MODEL (self->stories), prefix);

      if (old != items->pdata[prefix])
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n - prefix)
    {
      g_autoptr(CalStory) old = g_list_model_get_item (G_LIST_MODEL (self->stories), n_old - 1 - suffix);

      if (old != items->pdata[n - 1 - suffix])
        break;
      suffix++;
    }

  /* The new index first: the filter and the sorter run during the splice. */
  g_hash_table_unref (self->by_id);
  self->by_id = g_steal_pointer (&by_id);
  if (prefix + suffix < n_old || prefix + suffix < n)
    g_list_store_splice (self->stories, prefix, n_old - prefix - suffix,
                         items->pdata + prefix, n - prefix - suffix);
}

/* What the worker reads: every summary and the tags in use. */
typedef struct
{
  GListModel *stories;
  char      **tags;
} BankRead;

static void
bank_read_free (BankRead *read)
{
  g_clear_object (&read->stories);
  g_clear_pointer (&read->tags, g_strfreev);
  g_free (read);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BankRead, bank_read_free)

/* In a worker: the store locks its connection for each call, and the
 * summaries it returns are new objects that only this read holds. */
static void
read_bank_in_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  CalStore *store = task_data;
  g_autoptr(BankRead) read = g_new0 (BankRead, 1);
  GError *error = NULL;

  read->stories = cal_store_list_stories (store, &error);
  if (read->stories != NULL)
    read->tags = cal_store_list_tags (store, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&read), (GDestroyNotify) bank_read_free);
}

/* The rows stay where they are when the results change (see
 * CalSlotModel), so a new search goes back to its best match by hand. */
static void
scroll_to_top (CalStoriesView *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static gboolean
is_searching (CalStoriesView *self)
{
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  return *stripped != '\0';
}

static void
on_bank_read (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  CalStoriesView *self = CAL_STORIES_VIEW (source_object);
  g_autoptr(GError) error = NULL;
  g_autoptr(BankRead) read = g_task_propagate_pointer (G_TASK (result), &error);

  /* Cancelled: a newer read replaced this one, or the view went away. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_task_get_cancellable (G_TASK (result)) != self->load_cancellable)
    return;

  g_clear_object (&self->load_cancellable);
  self->loaded = TRUE;

  if (read == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      self->open_first_when_loaded = FALSE;
      update_subtitle (self);
      update_list_page (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return;
    }

  merge_bank (self, read->stories);
  fill_tags (self, (const char * const *) read->tags);
  /* A story may have been added or edited to match the search, or not
   * to match it any more; and what was typed while the bank was being
   * read applies now. */
  if (is_searching (self))
    apply_search (self, FALSE);
  else
    {
      if (self->matches != NULL)
        {
          g_clear_pointer (&self->matches, g_hash_table_unref);
          sorter_changed (self);
        }
      refilter (self);
    }

  /* Enter was pressed in the search before there was anything to open. */
  if (self->open_first_when_loaded)
    {
      g_autoptr(CalStory) first = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);

      self->open_first_when_loaded = FALSE;
      if (first != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
        cal_stories_view_open_story (self, cal_story_get_id (first));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Reads the bank again in a worker, e.g. on first show, after an edit, a
 * new story or a delete, and the search and tags with it when it comes.
 * A read still in flight is outdated by this one: its result is dropped. */
static void
reload_list (CalStoriesView *self)
{
  g_autoptr(GTask) task = NULL;
  CalStore *store = get_store (self);
  gboolean was_loading = self->load_cancellable != NULL;

  if (store == NULL)
    return;

  if (self->load_cancellable != NULL)
    {
      g_cancellable_cancel (self->load_cancellable);
      g_clear_object (&self->load_cancellable);
    }
  self->load_cancellable = g_cancellable_new ();

  task = g_task_new (self, self->load_cancellable, on_bank_read, NULL);
  g_task_set_source_tag (task, reload_list);
  g_task_set_name (task, "[calibrd] read the story bank");
  g_task_set_task_data (task, g_object_ref (store), g_object_unref);
  g_task_run_in_thread (task, read_bank_in_thread);

  if (!was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Asks the index which stories match what is typed and shows those, best
 * first. The objects in the list stay as they are, and so do the tags. */
static void
apply_search (CalStoriesView *self,
              gboolean        may_reload)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  CalStore *store = get_store (self);
  GHashTable *matches;
  gboolean missing = FALSE;
  gboolean narrower = TRUE;

  /* Nothing to search in yet: the first read applies what is typed. */
  if (store == NULL || !self->loaded)
    return;

  if (!is_searching (self))
    {
      if (self->matches == NULL)
        return;
      g_clear_pointer (&self->matches, g_hash_table_unref);
      filter_changed (self, GTK_FILTER_CHANGE_LESS_STRICT);
      sorter_changed (self);
      scroll_to_top (self);
      update_subtitle (self);
      update_list_page (self);
      return;
    }

  ids = cal_store_search_story_ids (store, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                    SEARCH_LIMIT, &error);
  if (ids == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  matches = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 *id = &g_array_index (ids, gint64, i);

      g_hash_table_insert (matches, g_memdup2 (id, sizeof *id), GUINT_TO_POINTER (i + 1));
      missing |= !g_hash_table_contains (self->by_id, id);
      /* Typing on usually narrows the matches: then only the stories
       * shown now need checking again, not the whole bank. */
      narrower &= self->matches == NULL || g_hash_table_contains (self->matches, id);
    }
  g_clear_pointer (&self->matches, g_hash_table_unref);
  self->matches = matches;

  /* Narrow first, then rank what is left: ranking the whole bank would
   * sort every story to keep a few. */
  filter_changed (self, narrower ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_DIFFERENT);
  sorter_changed (self);
  scroll_to_top (self);

  /* A match the list has never read was added from outside the view
   * (e.g. by calibrd-cli): read the bank again to show it, unless a read
   * is on its way (it applies the search again, but never reads again for
   * a match it lacks, so an index out of step cannot loop). */
  if (missing && may_reload && self->load_cancellable == NULL)
    reload_list (self);

  update_subtitle (self);
  update_list_page (self);
}

/* Commits a pending delete: the toast went away without "Undo". With
 * @forget, the story leaves the list too (not while the view goes away). */
static void
commit_delete (CalStoriesView *self,
               gboolean        forget)
{
  g_autoptr(GError) error = NULL;
  gint64 id = self->pending_delete;
  CalStore *store = get_store (self);

  if (id == 0)
    return;

  self->pending_delete = 0;
  if (self->delete_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->delete_toast, self);
      g_clear_object (&self->delete_toast);
    }

  if (store != NULL && !cal_store_delete_story (store, id, &error))
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      refilter (self);
    }
  else if (forget)
    {
      CalStory *story = g_hash_table_lookup (self->by_id, &id);
      guint position;

      /* No longer hidden by the filter: out of the list now, rather than
       * back on screen until the next read of the bank arrives. */
      if (story != NULL && g_list_store_find (self->stories, story, &position))
        {
          g_hash_table_remove (self->by_id, &id);
          g_list_store_remove (self->stories, position);
        }
      attach_filter (self);
    }
}

static gboolean
commit_delete_idle (gpointer data)
{
  g_autoptr(CalStoriesView) self = data;

  commit_delete (self, TRUE);
  reload_list (self);

  return G_SOURCE_REMOVE;
}

static void
on_delete_toast_dismissed (AdwToast       *toast,
                           CalStoriesView *self)
{
  /* Rebuild the list on the next idle rather than from inside the toast
   * overlay's own signal emission, so the overlay never sees its widgets
   * change under it. */
  g_idle_add (commit_delete_idle, g_object_ref (self));
}

static void
on_delete_undo (AdwToast       *toast,
                CalStoriesView *self)
{
  self->pending_delete = 0;
  g_signal_handlers_disconnect_by_data (toast, self);
  g_clear_object (&self->delete_toast);
  /* The story never left the list's store: showing it is a refilter. */
  refilter (self);
}

static void
delete_story (CalStoriesView *self,
              gint64          id)
{
  g_autoptr(CalStory) story = NULL;
  CalContext *context = cal_section_get_context (CAL_SECTION (self));
  CalStory *editing = cal_story_editor_get_story (self->editor);
  AdwToast *toast;
  g_autofree char *title = NULL;

  if (context == NULL || id == 0)
    return;

  /* One undo at a time: an earlier delete is final once another starts. */
  if (self->pending_delete != 0)
    {
      AdwToast *old = g_steal_pointer (&self->delete_toast);

      commit_delete (self, TRUE);
      if (old != NULL)
        {
          adw_toast_dismiss (old);
          g_object_unref (old);
        }
    }

  if (editing != NULL && cal_story_get_id (editing) == id)
    {
      /* Unsaved typing in the story being deleted still goes to disk, so
       * Undo brings back exactly what the user saw. */
      flush_edits (self);
      cal_story_editor_set_story (self->editor, NULL);
    }

  story = cal_store_get_story (cal_context_get_store (context), id, NULL);
  title = g_strdup (story != NULL && *cal_story_get_title (story) != '\0'
                      ? cal_story_get_title (story) : _("Untitled Story"));

  self->pending_delete = id;

  toast = adw_toast_new_format (_("“%s” deleted"), title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_delete_undo), self);
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_delete_toast_dismissed), self);
  self->delete_toast = g_object_ref (toast);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") == 0)
    {
      show_page (self, "list");
      /* Edits made in the editor before the delete show in the list when
       * the read arrives; the story is hidden now. */
      reload_list (self);
    }
  refilter (self);

  cal_section_show_toast (CAL_SECTION (self), toast);
}

static void
open_editor (CalStoriesView *self,
             CalStory       *story)
{
  cal_story_editor_set_story (self->editor, story);
  show_page (self, "editor");
}

static CalStory *
create_story (CalStoriesView *self,
              const char     *level,
              const char     *track,
              GError        **error)
{
  g_autoptr(CalStory) story = cal_story_new ();
  CalStore *store = get_store (self);

  if (level == NULL || *level == '\0')
    {
      g_autoptr(GListModel) jobs = cal_store_list_jobs (store, NULL);
      g_autoptr(CalJob) latest = jobs != NULL && g_list_model_get_n_items (jobs) > 0
                                   ? g_list_model_get_item (jobs, 0) : NULL;

      /* Most people write for the job they are applying to now. */
      level = latest != NULL && *cal_job_get_level (latest) != '\0' ? cal_job_get_level (latest) : "senior";
      cal_story_set_target_level (story, level);
      if (latest != NULL && (track == NULL || *track == '\0'))
        cal_story_set_track (story, cal_job_get_track (latest));
    }
  else
    cal_story_set_target_level (story, level);
  if (track != NULL && *track != '\0')
    cal_story_set_track (story, track);

  /* Stored at once: links to questions need its id, and the row in the
   * database means a crash right after "New Story" leaves a story behind,
   * not a half-written one. */
  if (!cal_store_save_story (store, story, error))
    return NULL;

  return g_steal_pointer (&story);
}

static void
new_story_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStory) story = NULL;

  if (get_store (self) == NULL)
    return;

  flush_edits (self);
  story = create_story (self, NULL, NULL, &error);
  if (story == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  reload_list (self);
  open_editor (self, story);
  cal_story_editor_focus_title (self->editor);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);

  flush_edits (self);
  cal_story_editor_set_story (self->editor, NULL);
  show_page (self, "list");
  reload_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
coverage_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);

  flush_edits (self);
  cal_story_editor_set_story (self->editor, NULL);
  cal_coverage_view_reload (self->coverage);
  show_page (self, "coverage");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);
  CalStory *story = cal_story_editor_get_story (self->editor);

  if (story != NULL)
    delete_story (self, cal_story_get_id (story));
}

static void
delete_story_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  delete_story (CAL_STORIES_VIEW (widget), g_variant_get_int64 (parameter));
}

/* Shortcuts only act while the section is on screen, so that Ctrl+N in
 * another section reaches that section. */
static gboolean
new_shortcut_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  gtk_widget_activate_action (widget, "stories.new", NULL);
  return TRUE;
}

static gboolean
search_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  CalStoriesView *self = CAL_STORIES_VIEW (widget);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") != 0)
    gtk_widget_activate_action (widget, "stories.back", NULL);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static void
on_search_changed (CalStoriesView *self)
{
  apply_search (self, TRUE);
}

static void
on_search_activate (CalStoriesView *self)
{
  g_autoptr(CalStory) first = NULL;

  /* Enter may come before the entry's search delay has run: search now so
   * that Enter opens the best match for what is typed. */
  apply_search (self, TRUE);
  if (!self->loaded)
    {
      self->open_first_when_loaded = TRUE;
      return;
    }
  first = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);
  if (first != NULL)
    cal_stories_view_open_story (self, cal_story_get_id (first));
}

static void
on_tag_selected (CalStoriesView *self)
{
  guint selected = gtk_drop_down_get_selected (self->tag_dropdown);

  if (self->filling_tags)
    return;

  g_clear_pointer (&self->tag, g_free);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    self->tag = g_strdup (gtk_string_list_get_string (self->tag_names, selected));
  refilter (self);
}

static void
on_list_activate (CalStoriesView *self,
                  guint           position)
{
  g_autoptr(CalStory) story = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (story != NULL)
    cal_stories_view_open_story (self, cal_story_get_id (story));
}

static void
on_child_message (CalStoriesView *self,
                  const char     *text)
{
  cal_section_toast_message (CAL_SECTION (self), text);
}

static void
on_coverage_open_story (CalStoriesView *self,
                        gint64          story_id)
{
  cal_stories_view_open_story (self, story_id);
}

static void
on_coverage_write_story (CalStoriesView *self,
                         CalQuestion    *question)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStory) story = NULL;
  g_autoptr(CalJob) job = NULL;
  CalStore *store = get_store (self);

  if (store == NULL)
    return;

  if (cal_question_get_job_id (question) != 0)
    job = cal_store_get_job (store, cal_question_get_job_id (question), NULL);

  story = create_story (self,
                        job != NULL ? cal_job_get_level (job) : NULL,
                        job != NULL ? cal_job_get_track (job) : NULL,
                        &error);
  if (story == NULL ||
      !cal_store_link_story_question (store, cal_story_get_id (story), cal_question_get_id (question), &error))
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  open_editor (self, story);
  cal_story_editor_focus_title (self->editor);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, cal_story_row_new ());
}

static void
on_slot_item_notify (CalListSlot *slot,
                     GParamSpec  *pspec,
                     CalStoryRow *row)
{
  CalStory *story = cal_list_slot_get_item (slot);

  if (story != NULL)
    cal_story_row_set_story (row, story);
}

/* A row stays bound to its slot while the slot's story changes (see
 * CalSlotModel): it follows the slot. */
static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  CalListSlot *slot = gtk_list_item_get_item (item);
  CalStoryRow *row = CAL_STORY_ROW (gtk_list_item_get_child (item));

  g_signal_connect_object (slot, "notify::item", G_CALLBACK (on_slot_item_notify), row, 0);
  on_slot_item_notify (slot, NULL, row);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_slot_item_notify,
                                        gtk_list_item_get_child (item));
}

static void
on_context_notify (CalStoriesView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  cal_story_editor_set_context (self->editor, context);
  cal_coverage_view_set_context (self->coverage, context);
  reload_list (self);
}

static void
cal_stories_view_dispose (GObject *object)
{
  CalStoriesView *self = CAL_STORIES_VIEW (object);

  /* A delete whose toast is still up is final when the view goes away. */
  commit_delete (self, FALSE);
  if (self->delete_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->delete_toast, self);
      g_clear_object (&self->delete_toast);
    }

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->slots);
  g_clear_object (&self->sorted);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->stories);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->tag_names);

  G_OBJECT_CLASS (cal_stories_view_parent_class)->dispose (object);
}

static void
cal_stories_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CalStoriesView *self = CAL_STORIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, cal_stories_view_get_loading (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_stories_view_finalize (GObject *object)
{
  CalStoriesView *self = CAL_STORIES_VIEW (object);

  g_clear_pointer (&self->tag, g_free);

  G_OBJECT_CLASS (cal_stories_view_parent_class)->finalize (object);
}

static void
cal_stories_view_class_init (CalStoriesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_stories_view_dispose;
  object_class->finalize = cal_stories_view_finalize;
  object_class->get_property = cal_stories_view_get_property;

  /**
   * CalStoriesView:loading:
   *
   * Whether the bank is being read; the list is filled when it turns
   * %FALSE.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CAL_TYPE_STORY_EDITOR);
  g_type_ensure (CAL_TYPE_COVERAGE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-stories-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, back_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, window_title);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, new_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, coverage_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, delete_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, stack);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, list_view);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, editor);
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, coverage);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_tag_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_child_message);
  gtk_widget_class_bind_template_callback (widget_class, on_coverage_open_story);
  gtk_widget_class_bind_template_callback (widget_class, on_coverage_write_story);

  gtk_widget_class_install_action (widget_class, "stories.new", NULL, new_story_action);
  gtk_widget_class_install_action (widget_class, "stories.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "stories.coverage", NULL, coverage_action);
  gtk_widget_class_install_action (widget_class, "stories.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "stories.delete-story", "x", delete_story_action);
  cal_stories_interop_install_actions (widget_class);
}

static void
cal_stories_view_init (CalStoriesView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->stories = g_list_store_new (CAL_TYPE_STORY);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->filter = gtk_custom_filter_new (filter_story, self, NULL);
  /* Without filter and sorter until a search or a tag needs them. */
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->stories)), NULL);
  self->sorter = gtk_custom_sorter_new (compare_stories, self, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  /* A chunk of rows fills the first screen; 200 is what GTK 4.8's list
   * view builds at most. */
  self->slots = cal_slot_model_new (G_LIST_MODEL (self->sorted), 25, 200);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slots)))));

  self->tag_names = gtk_string_list_new ((const char *[]) { _("All Tags"), NULL });
  gtk_drop_down_set_model (self->tag_dropdown, G_LIST_MODEL (self->tag_names));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  /* Global scope: Ctrl+N and Ctrl+F work wherever focus is in the window,
   * as long as this section is the one on screen. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (new_shortcut_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (search_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_notify), NULL);
  g_signal_connect_swapped (self, "notify::folded", G_CALLBACK (update_chrome), self);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name", G_CALLBACK (update_chrome), self);

  /* Not "No Stories Yet" before the bank is read. */
  gtk_stack_set_visible_child_name (self->stack, "list");
  update_list_page (self);
  update_chrome (self);
}

GtkWidget *
cal_stories_view_new (void)
{
  return g_object_new (CAL_TYPE_STORIES_VIEW, NULL);
}

/**
 * cal_stories_view_get_page:
 * @self: a #CalStoriesView
 *
 * Returns: "empty", "list", "editor" or "coverage"
 */
const char *
cal_stories_view_get_page (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * cal_stories_view_get_stories:
 * @self: a #CalStoriesView
 *
 * Returns: (transfer none): the stories the list shows, after search and
 *   tag filter
 */
GListModel *
cal_stories_view_get_stories (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

CalStoryEditor *
cal_stories_view_get_editor (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), NULL);

  return self->editor;
}

CalCoverageView *
cal_stories_view_get_coverage (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), NULL);

  return self->coverage;
}

/**
 * cal_stories_view_open_story:
 * @self: a #CalStoriesView
 * @story_id: a stored story
 *
 * Loads the whole story and shows it in the editor.
 *
 * Returns: %TRUE if the story could be read
 */
gboolean
cal_stories_view_open_story (CalStoriesView *self,
                             gint64          story_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStory) story = NULL;
  CalStore *store;

  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), FALSE);

  store = get_store (self);
  if (store == NULL)
    return FALSE;

  flush_edits (self);
  story = cal_store_get_story (store, story_id, &error);
  if (story == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      reload_list (self);
      return FALSE;
    }

  open_editor (self, story);
  return TRUE;
}

/**
 * cal_stories_view_reload:
 * @self: a #CalStoriesView
 *
 * Reads the list again, e.g. after stories were added from outside it.
 */
void
cal_stories_view_reload (CalStoriesView *self)
{
  g_return_if_fail (CAL_IS_STORIES_VIEW (self));

  reload_list (self);
}

/**
 * cal_stories_view_get_loading:
 * @self: a #CalStoriesView
 *
 * Returns: %TRUE while the bank is being read in the background; the list
 *   holds what was read last (nothing before the first read)
 */
gboolean
cal_stories_view_get_loading (CalStoriesView *self)
{
  g_return_val_if_fail (CAL_IS_STORIES_VIEW (self), FALSE);

  return self->load_cancellable != NULL;
}
