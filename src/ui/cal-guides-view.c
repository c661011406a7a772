/* cal-guides-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-guides-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-export.h"
#include "cal-guide.h"
#include "cal-guide-document.h"
#include "cal-guides-view.h"

/* The Guides section: one track at one level read as a guide, and every
 * track at one level band compared in a table that exports to PDF. The
 * guide's body is built in code because its shape (the number of rounds,
 * which neighbours exist) depends on the pair picked. */

struct _CalGuidesView
{
  CalSection          parent_instance;

  CalCatalog         *catalog;
  GPtrArray          *track_ids;
  GPtrArray          *level_ids;
  GPtrArray          *band_ids;
  CalGuide           *guide;
  gboolean            updating;

  GCancellable       *export_cancellable;
  GFile              *export_file;
  GtkFileChooserNative *chooser;
  guint               pulse_id;
  gboolean            exporting;

  AdwViewStack       *view_stack;
  AdwComboRow        *track_row;
  AdwComboRow        *level_row;
  GtkStack           *guide_stack;
  GtkBox             *guide_box;
  AdwStatusPage      *not_applicable_page;
  GtkScrolledWindow  *guide_scroller;
  AdwComboRow        *band_row;
  GtkLabel           *table_summary;
  GtkRevealer        *export_revealer;
  GtkProgressBar     *export_progress;
  AdwBin             *table_bin;
};

G_DEFINE_FINAL_TYPE (CalGuidesView, cal_guides_view, CAL_TYPE_SECTION)

enum {
  PROP_0,
  PROP_EXPORTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------
 * Small widget builders
 * ------------------------------------------------------------------------ */

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
caption_label (const char *text)
{
  GtkWidget *label = text_label (text, "caption-heading");

  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

/* A non-activatable row holding @child with the usual row padding. */
static GtkWidget *
content_row (GtkWidget  *child,
             const char *accessible_label)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (child, 12);
  gtk_widget_set_margin_bottom (child, 12);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  if (accessible_label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                    -1);
  return row;
}

/* A row with a small heading above a wrapped paragraph. */
static GtkWidget *
text_row (const char *heading,
          const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_box_append (GTK_BOX (box), caption_label (heading));
  gtk_box_append (GTK_BOX (box), text_label (text, NULL));
  return content_row (box, heading);
}

static GtkWidget *
group (const char *title,
       const char *description,
       GtkWidget  *list)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  if (list != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return group;
}

static char *
format_minutes (int minutes)
{
  if (minutes < 60)
    /* Translators: a length in minutes */
    return g_strdup_printf (_("%d min"), minutes);
  if (minutes % 60 == 0)
    /* Translators: a length in whole hours */
    return g_strdup_printf (_("%d h"), minutes / 60);
  /* Translators: a length in hours and minutes */
  return g_strdup_printf (_("%d h %d min"), minutes / 60, minutes % 60);
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* ------------------------------------------------------------------------
 * The guide
 * ------------------------------------------------------------------------ */

static GtkWidget *
build_round_row (CalGuideRound *round)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title = text_label (round->title, "heading");
  g_autofree char *minutes = format_minutes (round->minutes);
  GtkWidget *minutes_label = gtk_label_new (minutes);
  g_autofree char *accessible = NULL;
  g_autofree char *general_heading = NULL;

  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (top), title);
  if (round->focus)
    {
      GtkWidget *tag = gtk_label_new (_("Graded hardest"));

      gtk_widget_add_css_class (tag, "guide-focus-tag");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (top), tag);
    }
  gtk_widget_add_css_class (minutes_label, "numeric");
  gtk_widget_add_css_class (minutes_label, "dim-label");
  gtk_widget_set_valign (minutes_label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (top), minutes_label);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), text_label (round->kind_name, "dim-label"));

  gtk_box_append (GTK_BOX (box), caption_label (_("What it tests")));
  gtk_box_append (GTK_BOX (box), text_label (round->tests, NULL));
  gtk_box_append (GTK_BOX (box), caption_label (_("A strong answer")));
  gtk_box_append (GTK_BOX (box), text_label (round->strong, NULL));
  if (g_strcmp0 (round->strong, round->strong_general) != 0)
    {
      /* Translators: %s is a round kind such as "System design" */
      general_heading = g_strdup_printf (_("In any %s round"), round->kind_name);
      gtk_box_append (GTK_BOX (box), caption_label (general_heading));
      gtk_box_append (GTK_BOX (box), text_label (round->strong_general, NULL));
    }

  /* Translators: a round of the loop for screen readers: its title and length */
  accessible = g_strdup_printf (_("%s, %s"), round->title, minutes);
  return content_row (box, accessible);
}

static GtkWidget *
build_hidden_bar (CalGuide *guide)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
  GtkWidget *title;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "guide-hidden-bar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The hidden bar"),
                                  -1);
  gtk_widget_add_css_class (icon, "accent");
  gtk_box_append (GTK_BOX (top), icon);
  gtk_box_append (GTK_BOX (top), text_label (_("The hidden bar"), "caption-heading"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (top), "accent");
  gtk_box_append (GTK_BOX (card), top);

  title = text_label (cal_guide_get_hidden_bar_title (guide), "title-3");
  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), text_label (cal_guide_get_hidden_bar (guide), NULL));

  return card;
}

static GtkWidget *
build_quote (const char *caption,
             const char *text,
             const char *variant)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *quote;
  g_autofree char *quoted = NULL;

  gtk_box_append (GTK_BOX (box), caption_label (caption));
  /* Translators: a quoted sentence; use your language's quotation marks */
  quoted = g_strdup_printf (_("“%s”"), text);
  quote = text_label (quoted, "guide-quote");
  gtk_widget_add_css_class (quote, "card");
  gtk_widget_add_css_class (quote, variant);
  gtk_box_append (GTK_BOX (box), quote);

  return box;
}

static void
render_guide (CalGuidesView *self)
{
  CalGuide *guide = self->guide;
  GtkWidget *header;
  GtkWidget *list;
  GtkWidget *widget;
  GPtrArray *rounds;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *signals = NULL;
  g_autofree char *below_heading = NULL;
  g_autofree char *above_heading = NULL;
  g_autofree char *loop_description = NULL;
  g_autofree char *total = NULL;
  g_autofree char *hardest_title = NULL;
  g_autofree char *focus_heading = NULL;
  g_autofree char *framing_title = NULL;
  const char *kind_caption;
  const char *button_label;

  clear_box (self->guide_box);

  /* Title: the pair, and where it sits. */
  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  /* Translators: a guide's title: a role, then a level, e.g. "Software Engineer · Senior" */
  title = g_strdup_printf (C_("guide title", "%s · %s"), cal_guide_get_track_name (guide), cal_guide_get_level_name (guide));
  widget = text_label (title, "title-1");
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (GTK_BOX (header), widget);
  /* Translators: band, scope and time horizon of a level, e.g. "Senior band · team scope · a quarter to half a year" */
  subtitle = g_strdup_printf (_("%s band · %s scope · %s"),
                              cal_guide_get_band_name (guide), cal_guide_get_scope (guide),
                              cal_guide_get_horizon (guide));
  gtk_box_append (GTK_BOX (header), text_label (subtitle, "dim-label"));
  gtk_box_append (self->guide_box, header);

  /* The hidden bar first: it is what this guide adds to the job ad. */
  gtk_box_append (self->guide_box, build_hidden_bar (guide));

  /* What the level owns. */
  list = boxed_list ();
  gtk_list_box_append (GTK_LIST_BOX (list), text_row (_("Owns"), cal_guide_get_owns (guide)));
  gtk_list_box_append (GTK_LIST_BOX (list), text_row (_("Who changes how they work because of you"),
                                                      cal_guide_get_influence (guide)));
  {
    GString *text = g_string_new (NULL);
    const char * const *items = cal_guide_get_signals (guide);

    for (guint i = 0; items != NULL && items[i] != NULL; i++)
      g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", items[i]);
    signals = g_string_free (text, FALSE);
  }
  gtk_list_box_append (GTK_LIST_BOX (list), text_row (_("What interviewers listen for"), signals));
  gtk_box_append (self->guide_box, group (_("What This Level Owns"), NULL, list));

  /* The rungs on either side. */
  list = boxed_list ();
  below_heading = cal_guide_get_below_name (guide) != NULL
                  /* Translators: %s is the level below, e.g. "Mid-level" */
                  ? g_strdup_printf (_("Compared with %s"), cal_guide_get_below_name (guide))
                  : g_strdup (_("Coming from the rung below"));
  above_heading = cal_guide_get_above_name (guide) != NULL
                  /* Translators: %s is the level above, e.g. "Staff" */
                  ? g_strdup_printf (_("What gets graded a level higher, at %s"), cal_guide_get_above_name (guide))
                  : g_strdup (_("What gets graded a level higher"));
  gtk_list_box_append (GTK_LIST_BOX (list), text_row (below_heading, cal_guide_get_vs_below (guide)));
  gtk_list_box_append (GTK_LIST_BOX (list), text_row (above_heading, cal_guide_get_vs_above (guide)));
  gtk_box_append (self->guide_box, group (_("The Rungs Around It"), NULL, list));

  /* What this track grades hardest at this band. */
  list = boxed_list ();
  /* Translators: %s is a round kind such as "Product sense" */
  focus_heading = g_strdup_printf (_("Prepare hardest for: %s"), cal_guide_get_focus_name (guide));
  gtk_list_box_append (GTK_LIST_BOX (list), text_row (focus_heading, cal_guide_get_hardest (guide)));
  gtk_list_box_append (GTK_LIST_BOX (list), text_row (_("Worth bringing for this role"),
                                                      cal_guide_get_track_artifact (guide)));
  /* Translators: %s is a role such as "Product Manager" */
  hardest_title = g_strdup_printf (_("What %s Loops Grade Hardest"), cal_guide_get_track_name (guide));
  gtk_box_append (self->guide_box, group (hardest_title, NULL, list));

  /* The loop. */
  rounds = cal_guide_get_rounds (guide);
  total = format_minutes (cal_guide_get_total_minutes (guide));
  /* Translators: the number of rounds in a loop and their total length */
  loop_description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u round · about %s in all",
                                                   "%u rounds · about %s in all", rounds->len),
                                      rounds->len, total);
  list = boxed_list ();
  gtk_widget_set_name (list, "loop");
  for (guint i = 0; i < rounds->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), build_round_row (g_ptr_array_index (rounds, i)));
  gtk_box_append (self->guide_box, group (_("The Typical Loop"), loop_description, list));

  /* The artifact, with a button that starts it. */
  switch (cal_guide_get_artifact_kind (guide))
    {
    case CAL_GUIDE_ARTIFACT_PLAN:
      kind_caption = _("A written plan");
      button_label = _("Start the _Plan");
      break;
    case CAL_GUIDE_ARTIFACT_STORY:
      kind_caption = _("A story aimed at this level");
      button_label = _("Write the _Story");
      break;
    case CAL_GUIDE_ARTIFACT_PRACTICE:
    default:
      kind_caption = _("A practice session");
      button_label = _("Start _Practising");
      break;
    }
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

    gtk_box_append (GTK_BOX (box), caption_label (kind_caption));
    gtk_box_append (GTK_BOX (box), text_label (cal_guide_get_artifact_title (guide), "heading"));
    gtk_box_append (GTK_BOX (box), text_label (cal_guide_get_artifact (guide), NULL));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "guides.create-artifact");
    gtk_widget_set_halign (button, GTK_ALIGN_START);
    gtk_widget_set_margin_top (button, 6);
    gtk_widget_add_css_class (button, "suggested-action");
    gtk_widget_add_css_class (button, "pill");
    gtk_widget_set_name (button, "artifact-button");
    gtk_box_append (GTK_BOX (box), button);
    list = boxed_list ();
    gtk_list_box_append (GTK_LIST_BOX (list), content_row (box, cal_guide_get_artifact_title (guide)));
    gtk_box_append (self->guide_box, group (_("The Artifact to Bring"), NULL, list));
  }

  /* One story's first sentence, framed at this level. */
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

    gtk_box_append (GTK_BOX (box), build_quote (_("Before"), cal_guide_get_framing_before (guide), "before"));
    gtk_box_append (GTK_BOX (box), build_quote (_("After"), cal_guide_get_framing_after (guide), "after"));
    gtk_box_append (GTK_BOX (box), text_label (cal_guide_get_framing_why (guide), "dim-label"));
    /* Translators: %s is a level such as "Senior" */
    framing_title = g_strdup_printf (_("Frame the First Sentence at %s"), cal_guide_get_level_name (guide));
    widget = group (framing_title, _("The same story, opened the way this level is graded."), NULL);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), box);
    gtk_box_append (self->guide_box, widget);
  }

  gtk_stack_set_visible_child_name (self->guide_stack, "guide");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->guide_scroller), 0);
}

static guint
index_of (GPtrArray  *ids,
          const char *id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static const char *
selected_id (AdwComboRow *row,
             GPtrArray   *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (ids == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return NULL;
  return g_ptr_array_index (ids, selected);
}

static void
update_guide (CalGuidesView *self)
{
  const char *track = selected_id (self->track_row, self->track_ids);
  const char *level = selected_id (self->level_row, self->level_ids);
  g_autoptr(GError) error = NULL;

  if (track == NULL || level == NULL)
    return;

  g_clear_object (&self->guide);
  self->guide = cal_guide_new (self->catalog, track, level, &error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guides.create-artifact", self->guide != NULL);
  if (self->guide == NULL)
    {
      adw_status_page_set_description (self->not_applicable_page, error->message);
      gtk_stack_set_visible_child_name (self->guide_stack, "not-applicable");
      return;
    }

  render_guide (self);
}

static void
on_selection_changed (CalGuidesView *self)
{
  if (!self->updating)
    update_guide (self);
}

/* ------------------------------------------------------------------------
 * Side by side
 * ------------------------------------------------------------------------ */

static GtkWidget *
track_name_label (CalGuideRow *row)
{
  GtkWidget *label = text_label (row->track_name, "heading");

  gtk_widget_add_css_class (label, "guide-track-name");
  return label;
}

static char *
rounds_cell_text (CalGuideRow *row)
{
  g_autofree char *rounds = cal_guide_row_format_rounds (row);
  g_autofree char *total = format_minutes (row->minutes);

  /* Translators: a loop's rounds, one a line, then its total length */
  return g_strdup_printf (_("%s\n%s in all"), rounds, total);
}

static char *
hardest_cell_markup (CalGuideRow *row)
{
  g_autofree char *focus = g_markup_escape_text (row->focus_name, -1);
  g_autofree char *hardest = g_markup_escape_text (row->hardest, -1);

  return g_strdup_printf ("<b>%s</b>\n%s", focus, hardest);
}

/* Wide: a real table, one row per track. */
static GtkWidget *
build_table_grid (GPtrArray *rows)
{
  GtkWidget *grid = gtk_grid_new ();
  const char *headers[] = { _("Role"), _("Rounds"), _("Graded hardest"), _("Artifact to bring") };
  int line = 0;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 10);
  gtk_widget_add_css_class (grid, "guide-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Roles side by side"),
                                  -1);

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    gtk_grid_attach (GTK_GRID (grid), caption_label (headers[c]), c, line, 1, 1);
  line++;

  for (guint i = 0; i < rows->len; i++)
    {
      CalGuideRow *row = g_ptr_array_index (rows, i);
      g_autofree char *rounds = rounds_cell_text (row);
      g_autofree char *hardest = hardest_cell_markup (row);
      GtkWidget *name = track_name_label (row);
      GtkWidget *rounds_label = text_label (rounds, NULL);
      GtkWidget *hardest_label = text_label (NULL, NULL);
      GtkWidget *artifact_label = text_label (row->artifact, NULL);

      gtk_grid_attach (GTK_GRID (grid), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, line++, 4, 1);

      gtk_label_set_width_chars (GTK_LABEL (name), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 16);
      gtk_label_set_width_chars (GTK_LABEL (rounds_label), 16);
      gtk_label_set_max_width_chars (GTK_LABEL (rounds_label), 26);
      gtk_widget_add_css_class (rounds_label, "caption");
      gtk_label_set_markup (GTK_LABEL (hardest_label), hardest);
      gtk_label_set_width_chars (GTK_LABEL (hardest_label), 22);
      gtk_label_set_max_width_chars (GTK_LABEL (hardest_label), 40);
      gtk_widget_set_hexpand (hardest_label, TRUE);
      gtk_label_set_width_chars (GTK_LABEL (artifact_label), 20);
      gtk_label_set_max_width_chars (GTK_LABEL (artifact_label), 36);
      gtk_widget_set_hexpand (artifact_label, TRUE);

      gtk_grid_attach (GTK_GRID (grid), name, 0, line, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), rounds_label, 1, line, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), hardest_label, 2, line, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), artifact_label, 3, line, 1, 1);
      line++;
    }

  return grid;
}

/* Narrow: the same rows as a list of cards, since four columns do not fit
 * a phone-width window. */
static GtkWidget *
build_table_cards (GPtrArray *rows)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_add_css_class (box, "guide-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Roles side by side"),
                                  -1);

  for (guint i = 0; i < rows->len; i++)
    {
      CalGuideRow *row = g_ptr_array_index (rows, i);
      g_autofree char *rounds = rounds_cell_text (row);
      g_autofree char *hardest = hardest_cell_markup (row);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *hardest_label = text_label (NULL, NULL);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "guide-table-card");
      gtk_box_append (GTK_BOX (card), track_name_label (row));
      gtk_box_append (GTK_BOX (card), caption_label (_("Graded hardest")));
      gtk_label_set_markup (GTK_LABEL (hardest_label), hardest);
      gtk_box_append (GTK_BOX (card), hardest_label);
      gtk_box_append (GTK_BOX (card), caption_label (_("Artifact to bring")));
      gtk_box_append (GTK_BOX (card), text_label (row->artifact, NULL));
      gtk_box_append (GTK_BOX (card), caption_label (_("Rounds")));
      gtk_box_append (GTK_BOX (card), text_label (rounds, "caption"));
      gtk_box_append (GTK_BOX (box), card);
    }

  return box;
}

static void
update_table (CalGuidesView *self)
{
  const char *band = selected_id (self->band_row, self->band_ids);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (band == NULL)
    return;

  rows = cal_guide_side_by_side (self->catalog, band, &error);
  if (rows == NULL)
    {
      adw_bin_set_child (self->table_bin, NULL);
      gtk_label_set_text (self->table_summary, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "guides.export", FALSE);
      return;
    }

  /* Translators: %u is a number of roles, %s a level band such as "Senior" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u role interviews at the %s band",
                                          "%u roles interview at the %s band", rows->len),
                             rows->len, cal_guide_lookup_band_name (self->catalog, band));
  gtk_label_set_text (self->table_summary, summary);
  adw_bin_set_child (self->table_bin,
                     cal_section_get_folded (CAL_SECTION (self)) ? build_table_cards (rows)
                                                                 : build_table_grid (rows));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guides.export", rows->len > 0 && !self->exporting);
}

static void
on_band_changed (CalGuidesView *self)
{
  if (!self->updating)
    update_table (self);
}

static void
on_folded_changed (CalGuidesView *self)
{
  update_table (self);
}

/* ------------------------------------------------------------------------
 * Export
 * ------------------------------------------------------------------------ */

static gboolean
pulse_cb (gpointer user_data)
{
  CalGuidesView *self = user_data;

  gtk_progress_bar_pulse (self->export_progress);
  return G_SOURCE_CONTINUE;
}

static void
set_exporting (CalGuidesView *self,
               gboolean       exporting)
{
  if (self->exporting == exporting)
    return;

  self->exporting = exporting;
  gtk_revealer_set_reveal_child (self->export_revealer, exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guides.export", !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guides.stop-export", exporting);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (exporting)
    self->pulse_id = g_timeout_add (100, pulse_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORTING]);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CalGuidesView) self = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file = self->export_file;

  if (!cal_guide_document_export_finish (result, &error))
    {
      if (!g_error_matches (error, CAL_EXPORT_ERROR, CAL_EXPORT_ERROR_CANCELLED) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        cal_section_toast_message (CAL_SECTION (self), error->message);
    }
  else
    {
      g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name != NULL ? name : "");

      cal_section_toast_message (CAL_SECTION (self), message);
    }

  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->export_file);
  set_exporting (self, FALSE);
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     CalGuidesView   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        cal_guides_view_export_to_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CalGuidesView *self = CAL_GUIDES_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *band = selected_id (self->band_row, self->band_ids);
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (band == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Side-by-Side Table"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* Translators: the suggested file name; %s is a band id such as "senior" */
  name = g_strdup_printf (_("role-guides-%s.pdf"), band);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
stop_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CalGuidesView *self = CAL_GUIDES_VIEW (widget);

  g_cancellable_cancel (self->export_cancellable);
}

/* ------------------------------------------------------------------------
 * The artifact
 * ------------------------------------------------------------------------ */

/* Shows @section and starts @action there. The sections are siblings in the
 * window's stack, so a section's own action ("plans.new") is not reachable
 * from here by name; it is activated on the section once it is shown, and
 * when that section does not offer it yet, showing it is the fallback. */
static void
open_in_section (CalGuidesView *self,
                 const char    *section,
                 const char    *action)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *target = NULL;

  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-section", "s", section))
    return;
  if (action == NULL)
    return;

  if (GTK_IS_STACK (parent))
    target = gtk_stack_get_child_by_name (GTK_STACK (parent), section);
  if (target != NULL && gtk_widget_activate_action (target, action, NULL))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
}

static void
create_artifact_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CalGuidesView *self = CAL_GUIDES_VIEW (widget);
  g_autofree char *message = NULL;

  if (self->guide == NULL)
    return;

  switch (cal_guide_get_artifact_kind (self->guide))
    {
    case CAL_GUIDE_ARTIFACT_PLAN:
      open_in_section (self, "plans", "plans.new");
      break;
    case CAL_GUIDE_ARTIFACT_STORY:
      open_in_section (self, "stories", "stories.new");
      break;
    case CAL_GUIDE_ARTIFACT_PRACTICE:
    default:
      open_in_section (self, "practice", NULL);
      break;
    }

  /* The section it lands in does not know which guide sent the user, so
   * the brief travels as a toast. */
  /* Translators: %s is a level such as "Senior", then what to write or practise */
  message = g_strdup_printf (_("For %s: %s"), cal_guide_get_level_name (self->guide),
                             cal_guide_get_artifact_title (self->guide));
  cal_section_toast_message (CAL_SECTION (self), message);
}

/* ------------------------------------------------------------------------
 * Set-up
 * ------------------------------------------------------------------------ */

static void
populate_choices (CalGuidesView *self)
{
  g_autoptr(GtkStringList) tracks = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) bands = gtk_string_list_new (NULL);
  GPtrArray *catalog_tracks = cal_catalog_get_tracks (self->catalog);
  GPtrArray *catalog_levels = cal_catalog_get_levels (self->catalog);
  const char * const *catalog_bands = cal_catalog_get_bands (self->catalog);

  for (guint i = 0; catalog_tracks != NULL && i < catalog_tracks->len; i++)
    {
      const CalCatalogTrack *track = g_ptr_array_index (catalog_tracks, i);

      g_ptr_array_add (self->track_ids, g_strdup (track->id));
      gtk_string_list_append (tracks, track->name);
    }
  for (guint i = 0; catalog_levels != NULL && i < catalog_levels->len; i++)
    {
      const CalCatalogLevel *level = g_ptr_array_index (catalog_levels, i);

      g_ptr_array_add (self->level_ids, g_strdup (level->id));
      gtk_string_list_append (levels, level->name);
    }
  for (guint i = 0; catalog_bands != NULL && catalog_bands[i] != NULL; i++)
    {
      const char *name = cal_guide_lookup_band_name (self->catalog, catalog_bands[i]);

      g_ptr_array_add (self->band_ids, g_strdup (catalog_bands[i]));
      gtk_string_list_append (bands, name != NULL ? name : catalog_bands[i]);
    }

  self->updating = TRUE;
  adw_combo_row_set_model (self->track_row, G_LIST_MODEL (tracks));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  adw_combo_row_set_model (self->band_row, G_LIST_MODEL (bands));
  self->updating = FALSE;
}

static void
cal_guides_view_dispose (GObject *object)
{
  CalGuidesView *self = CAL_GUIDES_VIEW (object);

  g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->export_file);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_GUIDES_VIEW);
  g_clear_object (&self->guide);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (cal_guides_view_parent_class)->dispose (object);
}

static void
cal_guides_view_finalize (GObject *object)
{
  CalGuidesView *self = CAL_GUIDES_VIEW (object);

  g_clear_pointer (&self->track_ids, g_ptr_array_unref);
  g_clear_pointer (&self->level_ids, g_ptr_array_unref);
  g_clear_pointer (&self->band_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_guides_view_parent_class)->finalize (object);
}

static void
cal_guides_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CalGuidesView *self = CAL_GUIDES_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXPORTING:
      g_value_set_boolean (value, self->exporting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_guides_view_class_init (CalGuidesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_guides_view_dispose;
  object_class->finalize = cal_guides_view_finalize;
  object_class->get_property = cal_guides_view_get_property;

  /**
   * CalGuidesView:exporting:
   *
   * Whether a PDF export is running.
   */
  properties[PROP_EXPORTING] =
    g_param_spec_boolean ("exporting", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-guides-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, track_row);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, level_row);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, guide_stack);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, guide_box);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, not_applicable_page);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, guide_scroller);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, band_row);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, table_summary);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, export_progress);
  gtk_widget_class_bind_template_child (widget_class, CalGuidesView, table_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_band_changed);

  gtk_widget_class_install_action (widget_class, "guides.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "guides.stop-export", NULL, stop_export_action);
  gtk_widget_class_install_action (widget_class, "guides.create-artifact", NULL, create_artifact_action);
}

static void
cal_guides_view_init (CalGuidesView *self)
{
  self->catalog = g_object_ref (cal_catalog_get_default ());
  self->track_ids = g_ptr_array_new_with_free_func (g_free);
  self->level_ids = g_ptr_array_new_with_free_func (g_free);
  self->band_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guides.stop-export", FALSE);

  populate_choices (self);
  g_signal_connect_swapped (self, "notify::folded", G_CALLBACK (on_folded_changed), self);

  /* Open on the most common search: a senior software engineer, and the
   * senior band side by side. */
  cal_guides_view_show_guide (self, "software-engineer", "senior");
  cal_guides_view_show_side_by_side (self, "senior");
  adw_view_stack_set_visible_child_name (self->view_stack, "guide");
}

/**
 * cal_guides_view_new:
 *
 * Returns: (transfer full): a new Guides section
 */
GtkWidget *
cal_guides_view_new (void)
{
  return g_object_new (CAL_TYPE_GUIDES_VIEW, NULL);
}

/**
 * cal_guides_view_show_guide:
 * @self: a #CalGuidesView
 * @track: a track id such as "product-manager"
 * @level: a level id such as "senior"
 *
 * Shows the guide for @track at @level. A pair that does not apply (a
 * management track at an IC level) shows why instead; an unknown id is
 * ignored with a warning.
 */
void
cal_guides_view_show_guide (CalGuidesView *self,
                            const char    *track,
                            const char    *level)
{
  guint track_index, level_index;

  g_return_if_fail (CAL_IS_GUIDES_VIEW (self));
  g_return_if_fail (track != NULL);
  g_return_if_fail (level != NULL);

  track_index = index_of (self->track_ids, track);
  level_index = index_of (self->level_ids, level);
  if (track_index == GTK_INVALID_LIST_POSITION || level_index == GTK_INVALID_LIST_POSITION)
    {
      g_warning ("No role guide for “%s” at “%s”", track, level);
      return;
    }

  self->updating = TRUE;
  adw_combo_row_set_selected (self->track_row, track_index);
  adw_combo_row_set_selected (self->level_row, level_index);
  self->updating = FALSE;

  update_guide (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "guide");
}

/**
 * cal_guides_view_show_side_by_side:
 * @self: a #CalGuidesView
 * @band: a band id such as "staff-plus"
 *
 * Shows every track at @band side by side.
 */
void
cal_guides_view_show_side_by_side (CalGuidesView *self,
                                   const char    *band)
{
  guint index;

  g_return_if_fail (CAL_IS_GUIDES_VIEW (self));
  g_return_if_fail (band != NULL);

  index = index_of (self->band_ids, band);
  if (index == GTK_INVALID_LIST_POSITION)
    {
      g_warning ("No level band called “%s”", band);
      return;
    }

  self->updating = TRUE;
  adw_combo_row_set_selected (self->band_row, index);
  self->updating = FALSE;

  update_table (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "side-by-side");
}

/**
 * cal_guides_view_export_to_file:
 * @self: a #CalGuidesView
 * @file: where to write the PDF
 *
 * Writes the side-by-side table shown now to @file, off the main thread;
 * #CalGuidesView:exporting is %TRUE until it is done.
 */
void
cal_guides_view_export_to_file (CalGuidesView *self,
                                GFile         *file)
{
  const char *band;
  g_autofree char *path = NULL;
  CalPageSize page_size = CAL_PAGE_SIZE_A4;
  CalContext *context;

  g_return_if_fail (CAL_IS_GUIDES_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  band = selected_id (self->band_row, self->band_ids);
  path = g_file_get_path (file);
  if (band == NULL || self->exporting)
    return;
  if (path == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), _("Choose a file on this computer to export to"));
      return;
    }

  context = cal_section_get_context (CAL_SECTION (self));
  if (context != NULL)
    {
      g_autofree char *size = g_settings_get_string (cal_context_get_settings (context), "page-size");

      page_size = cal_page_size_from_string (size);
    }

  self->export_cancellable = g_cancellable_new ();
  g_set_object (&self->export_file, file);
  set_exporting (self, TRUE);
  cal_guide_document_export_async (self->catalog, band, page_size, path, self->export_cancellable,
                                   on_export_done, g_object_ref (self));
}

/**
 * cal_guides_view_get_exporting:
 * @self: a #CalGuidesView
 *
 * Returns: whether a PDF export is running
 */
gboolean
cal_guides_view_get_exporting (CalGuidesView *self)
{
  g_return_val_if_fail (CAL_IS_GUIDES_VIEW (self), FALSE);

  return self->exporting;
}
