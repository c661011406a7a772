/* cal-funnel-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-funnel-card"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cal-catalog.h"
#include "cal-funnel.h"
#include "cal-funnel-card.h"

/* One process on the funnel board: company, title and level, days in its
 * stage, the next step and a "quiet" mark. It can be dragged to another
 * column, and its menu moves or ends it; both go through the view's
 * funnel.move / funnel.end actions, so the board has one code path. */
struct _CalFunnelCard
{
  GtkBox      parent_instance;

  GtkButton     *open_button;
  GtkLabel      *company_label;
  GtkLabel      *title_label;
  GtkLabel      *days_label;
  GtkLabel      *next_label;
  GtkLabel      *quiet_label;
  GtkMenuButton *menu_button;

  gint64      process_id;
  GMenu      *menu;
};

G_DEFINE_FINAL_TYPE (CalFunnelCard, cal_funnel_card, GTK_TYPE_BOX)

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 CalFunnelCard *self)
{
  return gdk_content_provider_new_typed (G_TYPE_INT64, self->process_id);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               CalFunnelCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 20, 20);
}

static GMenu *
build_menu (CalProcess *process)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) open = g_menu_new ();
  g_autoptr(GMenu) actions = g_menu_new ();
  gint64 id = cal_process_get_id (process);
  g_autoptr(GMenuItem) open_item = g_menu_item_new (_("_Open"), NULL);

  g_menu_item_set_action_and_target_value (open_item, "funnel.open", g_variant_new_int64 (id));
  g_menu_append_item (open, open_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (open));

  if (*cal_process_get_outcome (process) == '\0')
    {
      g_autoptr(GMenu) move = g_menu_new ();
      g_autoptr(GMenu) end = g_menu_new ();
      const char * const *stages = cal_funnel_get_stages ();
      const char * const *outcomes = cal_funnel_get_outcomes ();

      for (guint i = 0; stages[i] != NULL; i++)
        {
          g_autoptr(GMenuItem) item = NULL;

          if (g_str_equal (stages[i], cal_process_get_stage (process)))
            continue;
          item = g_menu_item_new (cal_funnel_stage_label (stages[i]), NULL);
          g_menu_item_set_action_and_target_value (item, "funnel.move",
                                                   g_variant_new ("(xs)", id, stages[i]));
          g_menu_append_item (move, item);
        }
      for (guint i = 0; outcomes[i] != NULL; i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (cal_funnel_outcome_label (outcomes[i]), NULL);

          g_menu_item_set_action_and_target_value (item, "funnel.end",
                                                   g_variant_new ("(xs)", id, outcomes[i]));
          g_menu_append_item (end, item);
        }
      g_menu_append_submenu (actions, _("_Move to…"), G_MENU_MODEL (move));
      g_menu_append_submenu (actions, _("_End Process…"), G_MENU_MODEL (end));
    }
  else
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("_Reopen"), NULL);

      g_menu_item_set_action_and_target_value (item, "funnel.reopen", g_variant_new_int64 (id));
      g_menu_append_item (actions, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (actions));

  return menu;
}

static void
cal_funnel_card_dispose (GObject *object)
{
  CalFunnelCard *self = CAL_FUNNEL_CARD (object);

  g_clear_object (&self->menu);
  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_FUNNEL_CARD);

  G_OBJECT_CLASS (cal_funnel_card_parent_class)->dispose (object);
}

static void
cal_funnel_card_class_init (CalFunnelCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_funnel_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-funnel-card.ui");
  gtk_widget_class_bind_template_child (widget_class, CalFunnelCard, open_button);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelCard, company_label);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelCard, days_label);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelCard, next_label);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelCard, quiet_label);
  gtk_widget_class_bind_template_child (widget_class, CalFunnelCard, menu_button);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cal_funnel_card_init (CalFunnelCard *self)
{
  GtkDragSource *source;

  gtk_widget_init_template (GTK_WIDGET (self));

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}

/**
 * cal_funnel_card_new:
 * @process: the process
 * @job: (nullable): its job
 * @days_in_stage: days since it entered its stage
 * @quiet_days: days without activity when it is quiet, or -1 when not quiet
 *
 * Returns: (transfer floating): a new card
 */
/* "Senior Backend Engineer" already says its level; "Platform Engineer"
 * gets " · Staff". The level is the catalog's name, not its id. */
static char *
dup_title_with_level (const char *title,
                      const char *level_id)
{
  const CalCatalogLevel *level = NULL;
  g_autofree char *title_folded = NULL;
  g_autofree char *level_folded = NULL;

  if (*level_id != '\0')
    level = cal_catalog_get_level (cal_catalog_get_default (), level_id);
  if (level == NULL)
    return g_strdup (title);

  title_folded = g_utf8_casefold (title, -1);
  level_folded = g_utf8_casefold (level->name, -1);
  if (*title == '\0')
    return g_strdup (level->name);
  if (strstr (title_folded, level_folded) != NULL)
    return g_strdup (title);

  return g_strdup_printf ("%s · %s", title, level->name);
}

/* The next step with its due date as a person says it: "due today",
 * "due tomorrow", "overdue since 2 Dec", "due Fri 4 Dec". */
static char *
dup_next_step (const char *step,
               const char *due_iso)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *day = NULL;
  int y, m, d, days;

  if (sscanf (due_iso, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      (due = g_date_time_new_local (y, m, d, 0, 0, 0)) == NULL)
    return *due_iso != '\0' ? g_strdup_printf (_("Next: %s (due %s)"), step, due_iso)
                             : g_strdup_printf (_("Next: %s"), step);

  {
    g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                        g_date_time_get_day_of_month (now), 0, 0, 0);
    /* Round: a day with a DST change is 23 or 25 hours long. */
    days = (int) ((g_date_time_difference (due, today) + G_TIME_SPAN_HOUR * 12) / G_TIME_SPAN_DAY);
  }

  if (days == 0)
    return g_strdup_printf (_("Next: %s (due today)"), step);
  if (days == 1)
    return g_strdup_printf (_("Next: %s (due tomorrow)"), step);

  /* Translators: a short date, see the strftime manual; e.g. "Fri 4 Dec" */
  day = g_date_time_format (due, _("%a %-d %b"));
  g_strstrip (day);
  if (days < 0)
    /* Translators: a next step whose date has passed, then that date */
    return g_strdup_printf (_("Next: %s (overdue since %s)"), step, day);
  return g_strdup_printf (_("Next: %s (due %s)"), step, day);
}

GtkWidget *
cal_funnel_card_new (CalProcess *process,
                     CalJob     *job,
                     int         days_in_stage,
                     int         quiet_days)
{
  CalFunnelCard *self = g_object_new (CAL_TYPE_FUNNEL_CARD, NULL);
  const char *company = job != NULL && *cal_job_get_company (job) != '\0' ? cal_job_get_company (job) : _("Unknown company");
  const char *title = job != NULL ? cal_job_get_title (job) : "";
  const char *level = job != NULL ? cal_job_get_level (job) : "";
  const char *outcome = cal_process_get_outcome (process);
  g_autofree char *title_text = dup_title_with_level (title, level);
  g_autofree char *days = NULL;
  g_autofree char *open_name = NULL;

  self->process_id = cal_process_get_id (process);

  gtk_label_set_text (self->company_label, company);
  gtk_label_set_text (self->title_label, title_text);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), *title_text != '\0');

  if (*outcome != '\0')
    days = g_strdup_printf (_("%s in %s"), cal_funnel_outcome_label (outcome),
                            cal_funnel_stage_label (cal_process_get_stage (process)));
  else
    days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day in stage", "%d days in stage", days_in_stage),
                            days_in_stage);
  gtk_label_set_text (self->days_label, days);

  if (*cal_process_get_next_step (process) != '\0')
    {
      g_autofree char *next = dup_next_step (cal_process_get_next_step (process),
                                             cal_process_get_next_step_due (process));
      gtk_label_set_text (self->next_label, next);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->next_label), FALSE);

  if (quiet_days >= 0)
    {
      g_autofree char *quiet = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Quiet for %d day — time to follow up",
                                                             "Quiet for %d days — time to follow up",
                                                             quiet_days), quiet_days);
      gtk_label_set_text (self->quiet_label, quiet);
      gtk_widget_add_css_class (GTK_WIDGET (self), "quiet");
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->quiet_label), FALSE);

  if (*outcome != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self), "ended");

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->open_button),
                                          g_variant_new_int64 (self->process_id));
  /* Translators: the accessible name of a card's button, e.g. "Open Acme". */
  open_name = g_strdup_printf (_("Open %s"), company);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, open_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Move or End"), -1);

  self->menu = build_menu (process);
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (self->menu));

  return GTK_WIDGET (self);
}

gint64
cal_funnel_card_get_process_id (CalFunnelCard *self)
{
  g_return_val_if_fail (CAL_IS_FUNNEL_CARD (self), 0);

  return self->process_id;
}

/**
 * cal_funnel_card_get_menu:
 * @self: a card
 *
 * Returns: (transfer none): the card's menu: Open, Move to…, End Process…
 *   (or Reopen)
 */
GMenuModel *
cal_funnel_card_get_menu (CalFunnelCard *self)
{
  g_return_val_if_fail (CAL_IS_FUNNEL_CARD (self), NULL);

  return G_MENU_MODEL (self->menu);
}
