/* cal-tag-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-tag-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-tag-entry.h"

/* CalTagEntry edits a story's tags: the tags as removable chips, and an
 * entry that completes from the tags already in use so the bank does not
 * fill up with near-duplicates ("k8s", "K8s", "kubernetes "). A comma or
 * Enter adds the tag typed so far. */

struct _CalTagEntry
{
  GtkBox              parent_instance;

  GtkFlowBox         *chips;
  GtkEntry           *entry;

  GtkEntryCompletion *completion;
  GtkListStore       *known;
  GPtrArray          *tags;   /* char*, NULL-terminated */
  gboolean            splitting;
};

G_DEFINE_FINAL_TYPE (CalTagEntry, cal_tag_entry, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
clean_tag (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  /* Collapse inner runs of white space so "api  design" and "api design"
   * are one tag. */
  for (const char *p = stripped; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = TRUE;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
has_tag (CalTagEntry *self,
         const char  *tag)
{
  g_autofree char *folded = g_utf8_casefold (tag, -1);

  for (guint i = 0; i + 1 < self->tags->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (self->tags->pdata[i], -1);

      if (g_strcmp0 (other, folded) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
on_chip_remove_clicked (GtkButton   *button,
                        CalTagEntry *self)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "tag");
  g_autofree char *copy = g_strdup (tag);

  cal_tag_entry_remove_tag (self, copy);
  g_signal_emit (self, signals[CHANGED], 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
rebuild_chips (CalTagEntry *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips))) != NULL)
    gtk_flow_box_remove (self->chips, child);

  for (guint i = 0; i + 1 < self->tags->len; i++)
    {
      const char *tag = self->tags->pdata[i];
      GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      GtkWidget *label = gtk_label_new (tag);
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
      g_autofree char *name = g_strdup_printf (_("Remove tag “%s”"), tag);

      gtk_widget_add_css_class (chip, "tag-chip");
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_add_css_class (remove, "circular");
      gtk_widget_set_tooltip_text (remove, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (remove), "tag", g_strdup (tag), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_chip_remove_clicked), self);
      gtk_box_append (GTK_BOX (chip), label);
      gtk_box_append (GTK_BOX (chip), remove);
      gtk_flow_box_append (self->chips, chip);
      /* The chip's own button takes focus; the flow box child need not. */
      gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->chips), self->tags->len > 1);
}

static void
commit_entry (CalTagEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  gboolean added = FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    added |= cal_tag_entry_add_tag (self, parts[i]);

  self->splitting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  self->splitting = FALSE;

  if (added)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_entry_activate (CalTagEntry *self)
{
  commit_entry (self);
}

static void
on_entry_icon_press (CalTagEntry          *self,
                     GtkEntryIconPosition  position)
{
  commit_entry (self);
}

static void
on_entry_changed (CalTagEntry *self)
{
  /* A typed comma ends a tag, as in most tag fields. */
  if (!self->splitting && strchr (gtk_editable_get_text (GTK_EDITABLE (self->entry)), ',') != NULL)
    commit_entry (self);
}

static gboolean
on_match_selected (GtkEntryCompletion *completion,
                   GtkTreeModel       *model,
                   GtkTreeIter        *iter,
                   CalTagEntry        *self)
{
  g_autofree char *tag = NULL;

  gtk_tree_model_get (model, iter, 0, &tag, -1);
  self->splitting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  self->splitting = FALSE;
  if (cal_tag_entry_add_tag (self, tag))
    g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static void
cal_tag_entry_dispose (GObject *object)
{
  CalTagEntry *self = CAL_TAG_ENTRY (object);

  if (self->entry != NULL)
    gtk_entry_set_completion (self->entry, NULL);
  g_clear_object (&self->completion);
  g_clear_object (&self->known);

  G_OBJECT_CLASS (cal_tag_entry_parent_class)->dispose (object);
}

static void
cal_tag_entry_finalize (GObject *object)
{
  CalTagEntry *self = CAL_TAG_ENTRY (object);

  g_clear_pointer (&self->tags, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_tag_entry_parent_class)->finalize (object);
}

static void
cal_tag_entry_class_init (CalTagEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_tag_entry_dispose;
  object_class->finalize = cal_tag_entry_finalize;

  /**
   * CalTagEntry::changed:
   *
   * The user added or removed a tag.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-tag-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, CalTagEntry, chips);
  gtk_widget_class_bind_template_child (widget_class, CalTagEntry, entry);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_icon_press);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
}

static void
cal_tag_entry_init (CalTagEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->tags = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->tags, NULL);

  self->known = gtk_list_store_new (1, G_TYPE_STRING);
  self->completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (self->completion, GTK_TREE_MODEL (self->known));
  gtk_entry_completion_set_text_column (self->completion, 0);
  gtk_entry_completion_set_minimum_key_length (self->completion, 1);
  g_signal_connect (self->completion, "match-selected", G_CALLBACK (on_match_selected), self);
  gtk_entry_set_completion (self->entry, self->completion);
}

GtkWidget *
cal_tag_entry_new (void)
{
  return g_object_new (CAL_TYPE_TAG_ENTRY, NULL);
}

/**
 * cal_tag_entry_get_tags:
 * @self: a #CalTagEntry
 *
 * Returns: (transfer none): the tags, in the order they were added
 */
const char * const *
cal_tag_entry_get_tags (CalTagEntry *self)
{
  g_return_val_if_fail (CAL_IS_TAG_ENTRY (self), NULL);

  return (const char * const *) self->tags->pdata;
}

/**
 * cal_tag_entry_set_tags:
 * @self: a #CalTagEntry
 * @tags: (nullable): the tags to show
 *
 * Shows a story's tags; does not emit #CalTagEntry::changed.
 */
void
cal_tag_entry_set_tags (CalTagEntry        *self,
                        const char * const *tags)
{
  g_return_if_fail (CAL_IS_TAG_ENTRY (self));

  g_ptr_array_set_size (self->tags, 0);
  g_ptr_array_add (self->tags, NULL);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    cal_tag_entry_add_tag (self, tags[i]);
  rebuild_chips (self);
}

/**
 * cal_tag_entry_set_known_tags:
 * @self: a #CalTagEntry
 * @tags: (nullable): the tags in use in the bank, for completion
 */
void
cal_tag_entry_set_known_tags (CalTagEntry        *self,
                              const char * const *tags)
{
  g_return_if_fail (CAL_IS_TAG_ENTRY (self));

  gtk_list_store_clear (self->known);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    gtk_list_store_insert_with_values (self->known, NULL, -1, 0, tags[i], -1);
}

/**
 * cal_tag_entry_add_tag:
 * @self: a #CalTagEntry
 * @tag: a tag as typed
 *
 * Returns: %TRUE if @tag was new and is now shown
 */
gboolean
cal_tag_entry_add_tag (CalTagEntry *self,
                       const char  *tag)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (CAL_IS_TAG_ENTRY (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  clean = clean_tag (tag);
  if (*clean == '\0' || has_tag (self, clean))
    return FALSE;

  g_ptr_array_insert (self->tags, self->tags->len - 1, g_steal_pointer (&clean));
  rebuild_chips (self);
  return TRUE;
}

/**
 * cal_tag_entry_remove_tag:
 * @self: a #CalTagEntry
 * @tag: a tag on show
 */
void
cal_tag_entry_remove_tag (CalTagEntry *self,
                          const char  *tag)
{
  g_return_if_fail (CAL_IS_TAG_ENTRY (self));

  for (guint i = 0; i + 1 < self->tags->len; i++)
    if (g_strcmp0 (self->tags->pdata[i], tag) == 0)
      {
        g_ptr_array_remove_index (self->tags, i);
        break;
      }
  rebuild_chips (self);
}
