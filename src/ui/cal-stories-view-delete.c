/* cal-stories-view-delete.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-stories-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-stories-view-private.h"

/* Deleting a story with undo: it is hidden at once, and only removed from
 * the database when its toast goes away without "Undo". */

/* Commits a pending delete: the toast went away without "Undo". With
 * @forget, the story leaves the list too (not while the view goes away). */
void
cal_stories_view_commit_delete (CalStoriesView *self,
                                gboolean        forget)
{
  g_autoptr(GError) error = NULL;
  gint64 id = self->pending_delete;
  CalStore *store = cal_stories_view_get_store (self);

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
      cal_stories_view_refilter (self);
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
      cal_stories_view_attach_filter (self);
    }
}

static gboolean
commit_delete_idle (gpointer data)
{
  g_autoptr(CalStoriesView) self = data;

  cal_stories_view_commit_delete (self, TRUE);
  cal_stories_view_reload_list (self);

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
  cal_stories_view_refilter (self);
}

void
cal_stories_view_delete_story (CalStoriesView *self,
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

      cal_stories_view_commit_delete (self, TRUE);
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
      cal_stories_view_flush_edits (self);
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
      cal_stories_view_show_page (self, "list");
      /* Edits made in the editor before the delete show in the list when
       * the read arrives; the story is hidden now. */
      cal_stories_view_reload_list (self);
    }
  cal_stories_view_refilter (self);

  cal_section_show_toast (CAL_SECTION (self), toast);
}
