/* cal-plan-item-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-plan-item-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-plan-item-row.h"
#include "cal-plan-text.h"

/* One item of a plan: collapsed, its priority, title and stakeholders;
 * expanded, every field, each written to the item as it is typed (the
 * editor's autosave takes it from there). The row does not know about
 * the lists it lives in: moving and removing are requests it emits, and
 * the editor carries them out. */

struct _CalPlanItemRow
{
  AdwExpanderRow  parent_instance;

  CalPlanItem    *item;
  gboolean        syncing;

  GtkLabel       *priority_badge;
  AdwEntryRow    *title_row;
  AdwComboRow    *priority_row;
  GtkTextView    *detail_view;
  GtkTextView    *rationale_view;
  AdwEntryRow    *stakeholder_row;
  AdwEntryRow    *area_row;
  AdwEntryRow    *outcome_row;
  AdwActionRow   *source_row;
};

G_DEFINE_FINAL_TYPE (CalPlanItemRow, cal_plan_item_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

enum {
  MOVE_BY,
  MOVE_TO_PHASE,
  REMOVE,
  DROP_ROW,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (buffer, text, -1);
}

static char *
view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_header (CalPlanItemRow *self)
{
  const char *title = cal_plan_item_get_title (self->item);
  const char *stakeholder = cal_plan_item_get_stakeholder (self->item);
  int priority = cal_plan_item_get_priority (self->item);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *title != '\0' ? title : _("Untitled item"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), stakeholder);

  gtk_label_set_label (self->priority_badge, cal_plan_priority_label (priority));
  for (int p = 1; p <= 3; p++)
    {
      g_autofree char *css = g_strdup_printf ("p%d", p);

      if (p == priority)
        gtk_widget_add_css_class (GTK_WIDGET (self->priority_badge), css);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->priority_badge), css);
    }

  /* Translators: read out for a plan item: its priority, then its title */
  accessible = g_strdup_printf (_("%s, priority %d"), *title != '\0' ? title : _("Untitled item"), priority);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
update_phase (CalPlanItemRow *self)
{
  const char *phase = cal_plan_item_get_phase (self->item);

  /* Only act items are measured; an outcome typed before a move is kept
   * and comes back with the item. */
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_row), g_str_equal (phase, "act"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.move-learn", !g_str_equal (phase, "learn"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.move-diagnose", !g_str_equal (phase, "diagnose"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.move-act", !g_str_equal (phase, "act"));
}

/* Model → widgets, for the first fill and for changes made elsewhere. */
static void
sync_from_item (CalPlanItemRow *self)
{
  const char *source = cal_plan_item_get_source_phrase (self->item);

  self->syncing = TRUE;
  set_entry_text (self->title_row, cal_plan_item_get_title (self->item));
  adw_combo_row_set_selected (self->priority_row, CLAMP (cal_plan_item_get_priority (self->item), 1, 3) - 1);
  set_view_text (self->detail_view, cal_plan_item_get_detail (self->item));
  set_view_text (self->rationale_view, cal_plan_item_get_rationale (self->item));
  set_entry_text (self->stakeholder_row, cal_plan_item_get_stakeholder (self->item));
  set_entry_text (self->area_row, cal_plan_item_get_product_area (self->item));
  set_entry_text (self->outcome_row, cal_plan_item_get_outcome (self->item));
  self->syncing = FALSE;

  if (*source != '\0')
    {
      /* Translators: the job-description phrase a plan item came from, in quotes */
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), source);
      adw_action_row_set_subtitle (self->source_row, quoted);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->source_row), *source != '\0');

  update_header (self);
  update_phase (self);
}

static void
on_item_notify (CalPlanItem    *item,
                GParamSpec     *pspec,
                CalPlanItemRow *self)
{
  if (g_str_equal (pspec->name, "phase"))
    update_phase (self);
  else if (g_str_equal (pspec->name, "title") || g_str_equal (pspec->name, "priority") ||
           g_str_equal (pspec->name, "stakeholder"))
    update_header (self);
}

static void
on_title_row_changed (CalPlanItemRow *self)
{
  if (!self->syncing)
    cal_plan_item_set_title (self->item, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
}

static void
on_stakeholder_row_changed (CalPlanItemRow *self)
{
  if (!self->syncing)
    cal_plan_item_set_stakeholder (self->item, gtk_editable_get_text (GTK_EDITABLE (self->stakeholder_row)));
}

static void
on_area_row_changed (CalPlanItemRow *self)
{
  if (!self->syncing)
    cal_plan_item_set_product_area (self->item, gtk_editable_get_text (GTK_EDITABLE (self->area_row)));
}

static void
on_outcome_row_changed (CalPlanItemRow *self)
{
  if (!self->syncing)
    cal_plan_item_set_outcome (self->item, gtk_editable_get_text (GTK_EDITABLE (self->outcome_row)));
}

static void
on_priority_row_selected (CalPlanItemRow *self)
{
  guint selected = adw_combo_row_get_selected (self->priority_row);

  if (!self->syncing && selected != GTK_INVALID_LIST_POSITION)
    cal_plan_item_set_priority (self->item, selected + 1);
}

static void
on_detail_changed (GtkTextBuffer  *buffer,
                   CalPlanItemRow *self)
{
  g_autofree char *text = NULL;

  if (self->syncing)
    return;
  text = view_text (self->detail_view);
  cal_plan_item_set_detail (self->item, text);
}

static void
on_rationale_changed (GtkTextBuffer  *buffer,
                      CalPlanItemRow *self)
{
  g_autofree char *text = NULL;

  if (self->syncing)
    return;
  text = view_text (self->rationale_view);
  cal_plan_item_set_rationale (self->item, text);
}

/* --- drag and drop ------------------------------------------------------ */

static GdkContentProvider *
on_drag_prepare (GtkDragSource  *source,
                 double          x,
                 double          y,
                 CalPlanItemRow *self)
{
  return gdk_content_provider_new_typed (CAL_TYPE_PLAN_ITEM_ROW, self);
}

static void
on_drag_begin (GtkDragSource  *source,
               GdkDrag        *drag,
               CalPlanItemRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 24, 24);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
on_drag_end (GtkDragSource  *source,
             GdkDrag        *drag,
             gboolean        delete_data,
             CalPlanItemRow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

static gboolean
on_drop (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         CalPlanItemRow *self)
{
  CalPlanItemRow *source = g_value_get_object (value);
  gboolean after = y > gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (source == NULL || source == self)
    return FALSE;

  g_signal_emit (self, signals[DROP_ROW], 0, source, after);
  return TRUE;
}

/* --- actions ------------------------------------------------------------ */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CalPlanItemRow *self = CAL_PLAN_ITEM_ROW (widget);

  if (g_str_equal (action_name, "item.move-up"))
    g_signal_emit (self, signals[MOVE_BY], 0, -1);
  else if (g_str_equal (action_name, "item.move-down"))
    g_signal_emit (self, signals[MOVE_BY], 0, 1);
  else
    g_signal_emit (self, signals[MOVE_TO_PHASE], 0, action_name + strlen ("item.move-"));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
cal_plan_item_row_constructed (GObject *object)
{
  CalPlanItemRow *self = CAL_PLAN_ITEM_ROW (object);

  G_OBJECT_CLASS (cal_plan_item_row_parent_class)->constructed (object);

  g_return_if_fail (CAL_IS_PLAN_ITEM (self->item));

  sync_from_item (self);
  g_signal_connect_object (self->item, "notify", G_CALLBACK (on_item_notify), self, 0);
  g_signal_connect_object (gtk_text_view_get_buffer (self->detail_view), "changed",
                           G_CALLBACK (on_detail_changed), self, 0);
  g_signal_connect_object (gtk_text_view_get_buffer (self->rationale_view), "changed",
                           G_CALLBACK (on_rationale_changed), self, 0);
}

static void
cal_plan_item_row_dispose (GObject *object)
{
  CalPlanItemRow *self = CAL_PLAN_ITEM_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_PLAN_ITEM_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (cal_plan_item_row_parent_class)->dispose (object);
}

static void
cal_plan_item_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CalPlanItemRow *self = CAL_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_plan_item_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CalPlanItemRow *self = CAL_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_plan_item_row_class_init (CalPlanItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = cal_plan_item_row_constructed;
  object_class->dispose = cal_plan_item_row_dispose;
  object_class->get_property = cal_plan_item_row_get_property;
  object_class->set_property = cal_plan_item_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         CAL_TYPE_PLAN_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalPlanItemRow::move-by:
   * @delta: -1 to move up, 1 to move down
   */
  signals[MOVE_BY] =
    g_signal_new ("move-by", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * CalPlanItemRow::move-to-phase:
   * @phase: "learn", "diagnose" or "act"
   */
  signals[MOVE_TO_PHASE] =
    g_signal_new ("move-to-phase", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * CalPlanItemRow::drop-row:
   * @source: the row dropped on this one
   * @after: whether it goes below this row rather than above
   */
  signals[DROP_ROW] =
    g_signal_new ("drop-row", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, CAL_TYPE_PLAN_ITEM_ROW, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-plan-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPlanItemRow, priority_badge);
  gtk_widget_class_bind_template_child (widget_class, CalPlanItemRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, CalPlanItemRow, priority_row);
  gtk_widget_class_bind_template_child (widget_class, CalPlanItemRow, detail_view);
  gtk_widget_class_bind_template_child (widget_class, CalPlanItemRow, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, CalPlanItemRow, stakeholder_row);
  gtk_widget_class_bind_template_child (widget_class, CalPlanItemRow, area_row);
  gtk_widget_class_bind_template_child (widget_class, CalPlanItemRow, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, CalPlanItemRow, source_row);
  gtk_widget_class_bind_template_callback (widget_class, on_title_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stakeholder_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_area_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_priority_row_selected);

  gtk_widget_class_install_action (widget_class, "item.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "item.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "item.move-learn", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "item.move-diagnose", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "item.move-act", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "item.remove", NULL, remove_action);

  /* Reordering without a mouse: Alt+Up and Alt+Down wherever the focus is
   * inside the row, the same keys as GNOME's other sortable lists. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "item.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "item.move-down", NULL);
}

static void
cal_plan_item_row_init (CalPlanItemRow *self)
{
  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect (drag_source, "prepare", G_CALLBACK (on_drag_prepare), self);
  g_signal_connect (drag_source, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag_source, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));

  drop_target = gtk_drop_target_new (CAL_TYPE_PLAN_ITEM_ROW, GDK_ACTION_MOVE);
  g_signal_connect (drop_target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}

/**
 * cal_plan_item_row_new:
 * @item: the item to show and edit
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
cal_plan_item_row_new (CalPlanItem *item)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM (item), NULL);

  return g_object_new (CAL_TYPE_PLAN_ITEM_ROW, "item", item, NULL);
}

CalPlanItem *
cal_plan_item_row_get_item (CalPlanItemRow *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_ITEM_ROW (self), NULL);

  return self->item;
}

/**
 * cal_plan_item_row_focus:
 * @self: a #CalPlanItemRow
 *
 * Gives the keyboard focus to the row's header, e.g. after a move, so
 * Alt+Up/Down can be pressed again.
 */
void
cal_plan_item_row_focus (CalPlanItemRow *self)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM_ROW (self));

  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

/**
 * cal_plan_item_row_edit_title:
 * @self: a #CalPlanItemRow
 *
 * Expands the row and puts the cursor in its title, for a new item.
 */
void
cal_plan_item_row_edit_title (CalPlanItemRow *self)
{
  g_return_if_fail (CAL_IS_PLAN_ITEM_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
