/* cal-stories-view-bank.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-stories-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-slot-model.h"
#include "cal-stories-view-private.h"
#include "cal-story-row.h"

/* The stories view's list: the bank read in a worker and merged into the
 * one store of summaries, the search, tag filter and order over it, the
 * tags in use, and the rows that show it (see cal-stories-view.c). */

#define SEARCH_LIMIT 1000

void
cal_stories_view_update_list_page (CalStoriesView *self)
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
    cal_stories_view_show_page (self, self->loaded && self->bank_empty ? "empty" : "list");
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

gboolean
cal_stories_view_filter_story (gpointer item,
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
int
cal_stories_view_compare_stories (gconstpointer a,
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
gboolean
cal_stories_view_attach_filter (CalStoriesView *self)
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
  if (!cal_stories_view_attach_filter (self) && gtk_filter_list_model_get_filter (self->filtered) != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
sorter_changed (CalStoriesView *self)
{
  if (!attach_sorter (self) && gtk_sort_list_model_get_sorter (self->sorted) != NULL)
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

void
cal_stories_view_refilter (CalStoriesView *self)
{
  filter_changed (self, GTK_FILTER_CHANGE_DIFFERENT);
  update_subtitle (self);
  cal_stories_view_update_list_page (self);
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
      cal_stories_view_update_list_page (self);
      g_object_notify_by_pspec (G_OBJECT (self), cal_stories_view_properties[CAL_STORIES_VIEW_PROP_LOADING]);
      return;
    }

  merge_bank (self, read->stories);
  fill_tags (self, (const char * const *) read->tags);
  /* A story may have been added or edited to match the search, or not
   * to match it any more; and what was typed while the bank was being
   * read applies now. */
  if (is_searching (self))
    cal_stories_view_apply_search (self, FALSE);
  else
    {
      if (self->matches != NULL)
        {
          g_clear_pointer (&self->matches, g_hash_table_unref);
          sorter_changed (self);
        }
      cal_stories_view_refilter (self);
    }

  /* Enter was pressed in the search before there was anything to open. */
  if (self->open_first_when_loaded)
    {
      g_autoptr(CalStory) first = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);

      self->open_first_when_loaded = FALSE;
      if (first != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
        cal_stories_view_open_story (self, cal_story_get_id (first));
    }

  g_object_notify_by_pspec (G_OBJECT (self), cal_stories_view_properties[CAL_STORIES_VIEW_PROP_LOADING]);
}

/* Reads the bank again in a worker, e.g. on first show, after an edit, a
 * new story or a delete, and the search and tags with it when it comes.
 * A read still in flight is outdated by this one: its result is dropped. */
void
cal_stories_view_reload_list (CalStoriesView *self)
{
  g_autoptr(GTask) task = NULL;
  CalStore *store = cal_stories_view_get_store (self);
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
  g_task_set_source_tag (task, cal_stories_view_reload_list);
  g_task_set_name (task, "[calibrd] read the story bank");
  g_task_set_task_data (task, g_object_ref (store), g_object_unref);
  g_task_run_in_thread (task, read_bank_in_thread);

  if (!was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), cal_stories_view_properties[CAL_STORIES_VIEW_PROP_LOADING]);
}

/* Asks the index which stories match what is typed and shows those, best
 * first. The objects in the list stay as they are, and so do the tags. */
void
cal_stories_view_apply_search (CalStoriesView *self,
                               gboolean        may_reload)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  CalStore *store = cal_stories_view_get_store (self);
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
      cal_stories_view_update_list_page (self);
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
    cal_stories_view_reload_list (self);

  update_subtitle (self);
  cal_stories_view_update_list_page (self);
}

void
cal_stories_view_setup_row_cb (GtkSignalListItemFactory *factory,
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
void
cal_stories_view_bind_row_cb (GtkSignalListItemFactory *factory,
                              GtkListItem              *item,
                              gpointer                  user_data)
{
  CalListSlot *slot = gtk_list_item_get_item (item);
  CalStoryRow *row = CAL_STORY_ROW (gtk_list_item_get_child (item));

  g_signal_connect_object (slot, "notify::item", G_CALLBACK (on_slot_item_notify), row, 0);
  on_slot_item_notify (slot, NULL, row);
}

void
cal_stories_view_unbind_row_cb (GtkSignalListItemFactory *factory,
                                GtkListItem              *item,
                                gpointer                  user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_slot_item_notify,
                                        gtk_list_item_get_child (item));
}
