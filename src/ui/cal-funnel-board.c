/* cal-funnel-board.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-funnel-board"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-funnel.h"
#include "cal-funnel-board.h"
#include "cal-funnel-card.h"

/* The processes grouped by stage: one column per stage side by side on a
 * wide window, a grouped list on a narrow one (the view decides which
 * from its width). Ended processes get a column of their own. Cards are
 * dropped on a column to move them there. */
struct _CalFunnelBoard
{
  GtkBox     parent_instance;

  GtkStack  *stack;
  GtkBox    *columns;
  GtkBox    *list;

  gboolean   narrow;
};

G_DEFINE_FINAL_TYPE (CalFunnelBoard, cal_funnel_board, GTK_TYPE_BOX)

#define ENDED "ended"

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *column)
{
  const char *stage = g_object_get_data (G_OBJECT (column), "stage");

  if (!G_VALUE_HOLDS_INT64 (value) || g_strcmp0 (stage, ENDED) == 0)
    return FALSE;

  gtk_widget_activate_action (column, "funnel.move", "(xs)", g_value_get_int64 (value), stage);
  return TRUE;
}

static GtkWidget *
new_column (const char *stage,
            const char *title,
            guint       count,
            GtkWidget **cards)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);
  g_autofree char *n = g_strdup_printf ("%u", count);
  GtkWidget *badge = gtk_label_new (n);
  g_autofree char *name = g_strconcat ("funnel-column-", stage, NULL);

  gtk_widget_set_name (column, name);
  g_object_set_data_full (G_OBJECT (column), "stage", g_strdup (stage), g_free);
  gtk_widget_add_css_class (column, "funnel-column");
  gtk_widget_set_size_request (column, 190, -1);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (badge, "dim-label");
  gtk_box_append (GTK_BOX (header), label);
  gtk_box_append (GTK_BOX (header), badge);
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_end (header, 6);
  gtk_box_append (GTK_BOX (column), header);

  *cards = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (column), *cards);

  if (g_strcmp0 (stage, ENDED) != 0)
    {
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

      g_signal_connect (target, "drop", G_CALLBACK (on_drop), column);
      gtk_widget_add_controller (column, GTK_EVENT_CONTROLLER (target));
    }

  return column;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
cal_funnel_board_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CAL_TYPE_FUNNEL_BOARD);

  G_OBJECT_CLASS (cal_funnel_board_parent_class)->dispose (object);
}

static void
cal_funnel_board_class_init (CalFunnelBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_funnel_board_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-funnel-board.ui");
  gtk_widget_class_bind_template_child (widget_class, CalFunnelBoard, stack);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelBoard, columns);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelBoard, list);
}

static void
cal_funnel_board_init (CalFunnelBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cal_funnel_board_new (void)
{
  return g_object_new (CAL_TYPE_FUNNEL_BOARD, NULL);
}

/**
 * cal_funnel_board_rebuild:
 * @self: the board
 * @store: the store, for jobs and histories
 * @processes: all processes
 * @quiet_days: the `quiet-process-days` setting
 * @today: the day, for the quiet rule
 * @now: the time, for days in stage
 *
 * Builds both layouts from scratch; the lists are short (a handful of
 * processes), so there is nothing to gain from patching them.
 */
void
cal_funnel_board_rebuild (CalFunnelBoard *self,
                          CalStore       *store,
                          GListModel     *processes,
                          guint           quiet_days,
                          const GDate    *today,
                          GDateTime      *now)
{
  const char * const *stages = cal_funnel_get_stages ();
  guint n = g_list_model_get_n_items (processes);

  g_return_if_fail (CAL_IS_FUNNEL_BOARD (self));

  clear_box (self->columns);
  clear_box (self->list);

  for (guint s = 0; s <= CAL_FUNNEL_N_STAGES; s++)
    {
      const char *stage = s < CAL_FUNNEL_N_STAGES ? stages[s] : ENDED;
      const char *title = s < CAL_FUNNEL_N_STAGES ? cal_funnel_stage_label (stage) : _("Ended");
      g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
      GtkWidget *column, *cards, *group = NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CalProcess) p = g_list_model_get_item (processes, i);
          gboolean ended = *cal_process_get_outcome (p) != '\0';

          if (s == CAL_FUNNEL_N_STAGES ? ended : (!ended && g_str_equal (cal_process_get_stage (p), stage)))
            g_ptr_array_add (members, g_steal_pointer (&p));
        }

      column = new_column (stage, title, members->len, &cards);
      /* Empty columns stay narrow drop targets so the busy ones fit. */
      if (members->len == 0)
        gtk_widget_set_size_request (column, 110, -1);
      gtk_box_append (self->columns, column);

      if (members->len > 0)
        {
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
          gtk_box_append (self->list, group);
        }

      if (members->len == 0)
        {
          GtkWidget *hint = gtk_label_new (s < CAL_FUNNEL_N_STAGES ? _("Drop here") : _("None yet"));

          gtk_widget_add_css_class (hint, "dim-label");
          gtk_widget_add_css_class (hint, "funnel-drop-hint");
          gtk_box_append (GTK_BOX (cards), hint);
        }

      for (guint i = 0; i < members->len; i++)
        {
          CalProcess *p = g_ptr_array_index (members, i);
          g_autoptr(CalJob) job = cal_store_get_job (store, cal_process_get_job_id (p), NULL);
          g_autoptr(GListModel) events = cal_store_list_process_events (store, cal_process_get_id (p), NULL);
          int days = cal_funnel_days_in_stage (p, events, now);
          int quiet = cal_funnel_is_quiet (p, today, quiet_days) ? cal_funnel_days_since_activity (p, today) : -1;
          GtkWidget *card = cal_funnel_card_new (p, job, days, quiet);
          GtkWidget *list_card = cal_funnel_card_new (p, job, days, quiet);
          g_autofree char *card_name = g_strdup_printf ("funnel-card-%" G_GINT64_FORMAT, cal_process_get_id (p));

          gtk_widget_set_name (card, card_name);
          gtk_box_append (GTK_BOX (cards), card);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list_card);
        }
    }
}

gboolean
cal_funnel_board_get_narrow (CalFunnelBoard *self)
{
  g_return_val_if_fail (CAL_IS_FUNNEL_BOARD (self), FALSE);

  return self->narrow;
}

/**
 * cal_funnel_board_set_narrow:
 * @self: the board
 * @narrow: whether to show the grouped list instead of the columns
 */
void
cal_funnel_board_set_narrow (CalFunnelBoard *self,
                             gboolean        narrow)
{
  g_return_if_fail (CAL_IS_FUNNEL_BOARD (self));

  self->narrow = !!narrow;
  gtk_stack_set_visible_child_name (self->stack, self->narrow ? "list" : "columns");
}

/**
 * cal_funnel_board_get_column:
 * @self: the board
 * @stage: a stage id, or "ended"
 *
 * Returns: (transfer none) (nullable): the column of @stage
 */
GtkWidget *
cal_funnel_board_get_column (CalFunnelBoard *self,
                             const char     *stage)
{
  g_autofree char *name = g_strconcat ("funnel-column-", stage, NULL);

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->columns)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (g_str_equal (gtk_widget_get_name (c), name))
      return c;
  return NULL;
}
