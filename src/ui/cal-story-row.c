/* cal-story-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-story-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-story-row.h"

/* One story in the bank's list: title, target level, tags and when it was
 * last edited. Built from a summary, so the list never reads story bodies. */

struct _CalStoryRow
{
  GtkBox     parent_instance;

  GtkLabel  *title_label;
  GtkLabel  *level_label;
  GtkLabel  *tags_label;
  GtkLabel  *edited_label;
  GtkWidget *delete_button;

  CalStory  *story;     /* held so that its address is not reused */
  gint64     story_id;
};

G_DEFINE_FINAL_TYPE (CalStoryRow, cal_story_row, GTK_TYPE_BOX)

/* The delete button activates the view's action with this row's id on
 * click, rather than carrying the action name and target itself: GTK
 * 4.8 resolves an actionable's action again on each change of its target,
 * at a cost that grows with the number of buttons watching the action,
 * and the list rebinds up to 200 rows for every search. */
static void
on_delete_clicked (CalStoryRow *self)
{
  if (self->story_id != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "stories.delete-story", "x", self->story_id);
}

static void
cal_story_row_dispose (GObject *object)
{
  CalStoryRow *self = CAL_STORY_ROW (object);

  g_clear_object (&self->story);

  G_OBJECT_CLASS (cal_story_row_parent_class)->dispose (object);
}

static void
cal_story_row_class_init (CalStoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_story_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-story-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CalStoryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CalStoryRow, level_label);
  gtk_widget_class_bind_template_child (widget_class, CalStoryRow, tags_label);
  gtk_widget_class_bind_template_child (widget_class, CalStoryRow, edited_label);
  gtk_widget_class_bind_template_child (widget_class, CalStoryRow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
}

static void
cal_story_row_init (CalStoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cal_story_row_new (void)
{
  return g_object_new (CAL_TYPE_STORY_ROW, NULL);
}

/**
 * cal_story_format_edited:
 * @updated: when the story was last edited, in seconds since the epoch
 * @now: the time now, in the same unit
 *
 * Returns: (transfer full): e.g. "edited 3 days ago"
 */
char *
cal_story_format_edited (gint64 updated,
                         gint64 now)
{
  gint64 age = MAX (0, now - updated);

  if (updated <= 0)
    return g_strdup (_("not saved yet"));
  if (age < 60)
    return g_strdup (_("edited just now"));
  if (age < 3600)
    return g_strdup_printf (ngettext ("edited %d minute ago", "edited %d minutes ago", (int) (age / 60)),
                            (int) (age / 60));
  if (age < 86400)
    return g_strdup_printf (ngettext ("edited %d hour ago", "edited %d hours ago", (int) (age / 3600)),
                            (int) (age / 3600));
  if (age < 86400 * 60)
    return g_strdup_printf (ngettext ("edited %d day ago", "edited %d days ago", (int) (age / 86400)),
                            (int) (age / 86400));

  {
    g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (updated);
    g_autofree char *date = g_date_time_format (when, "%x");

    /* Translators: %s is a date */
    return g_strdup_printf (_("edited on %s"), date);
  }
}

/**
 * cal_story_row_set_story:
 * @self: a #CalStoryRow
 * @story: a story summary
 */
void
cal_story_row_set_story (CalStoryRow *self,
                         CalStory    *story)
{
  const char *title = cal_story_get_title (story);
  const char *level_id = cal_story_get_target_level (story);
  const CalCatalogLevel *level = NULL;
  const char * const *tags = cal_story_get_tags (story);
  g_autofree char *joined = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *delete_name = NULL;

  g_return_if_fail (CAL_IS_STORY_ROW (self));
  g_return_if_fail (CAL_IS_STORY (story));

  /* The list shows summaries that stay the same object while unchanged
   * (see CalStoriesView), so a row given its own story again has nothing
   * to do. */
  if (!g_set_object (&self->story, story))
    return;
  self->story_id = cal_story_get_id (story);

  if (*title == '\0')
    {
      gtk_label_set_text (self->title_label, _("Untitled Story"));
      gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
    }
  else
    {
      gtk_label_set_text (self->title_label, title);
      gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");
    }

  if (*level_id != '\0')
    level = cal_catalog_get_level (cal_catalog_get_default (), level_id);
  gtk_label_set_text (self->level_label, level != NULL ? level->name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->level_label), level != NULL);

  joined = tags != NULL ? g_strjoinv (" · ", (char **) tags) : g_strdup ("");
  gtk_label_set_text (self->tags_label, joined);

  edited = cal_story_format_edited (cal_story_get_updated (story), g_get_real_time () / G_USEC_PER_SEC);
  gtk_label_set_text (self->edited_label, edited);

  delete_name = g_strdup_printf (_("Delete “%s”"), *title != '\0' ? title : _("Untitled Story"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
}
