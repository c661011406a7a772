/* cal-offer-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-offer-dialog"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "cal-funnel.h"
#include "cal-offer-dialog.h"
#include "cal-offer-math.h"

/* Enter a new offer. Nothing is stored until every term reads and adds
 * up; the reason otherwise is shown above the form. */
struct _CalOfferDialog
{
  AdwWindow    parent_instance;

  GtkRevealer *error_revealer;
  GtkLabel    *error_label;
  AdwEntryRow *currency_row;
  AdwEntryRow *base_row;
  AdwEntryRow *bonus_row;
  AdwEntryRow *sign_on_row;
  AdwEntryRow *grant_row;
  AdwEntryRow *units_row;
  AdwEntryRow *price_row;
  AdwEntryRow *years_row;
  AdwEntryRow *cliff_row;
  AdwEntryRow *schedule_row;
  AdwEntryRow *deadline_row;
  AdwEntryRow *benefits_row;

  CalStore    *store;
  gint64       process_id;
};

G_DEFINE_FINAL_TYPE (CalOfferDialog, cal_offer_dialog, ADW_TYPE_WINDOW)

enum {
  OFFER_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (CalOfferDialog *self,
            AdwEntryRow    *row,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

/* Amounts as typed: "120000", "120,000", "120 000"; empty is 0. */
static gboolean
read_number (CalOfferDialog *self,
             AdwEntryRow    *row,
             double         *value)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  char *end = NULL;

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  for (const char *p = text; *p != '\0'; p++)
    if (*p != ',' && *p != ' ' && *p != '_' && *p != '\'')
      g_string_append_c (clean, *p);

  if (clean->len == 0)
    {
      *value = 0;
      return TRUE;
    }
  *value = g_ascii_strtod (clean->str, &end);
  if (end == clean->str || *end != '\0' || !isfinite (*value) || *value < 0)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not an amount. Write a number of 0 or more, such as 120000."), text);

      show_error (self, row, message);
      return FALSE;
    }
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CalOfferDialog *self = CAL_OFFER_DIALOG (widget);
  g_autoptr(CalOffer) offer = cal_offer_new ();
  g_autoptr(CalOfferTotals) totals = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);
  g_autofree char *vesting = NULL;
  g_autofree char *schedule = NULL;
  const char *deadline = gtk_editable_get_text (GTK_EDITABLE (self->deadline_row));
  double base, bonus, sign_on, grant, units, price, years, cliff, equity = 0;
  GDate day;

  g_strstrip (currency);
  gtk_widget_remove_css_class (GTK_WIDGET (self->currency_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_row), "error");
  if (strlen (currency) != 3 || !g_ascii_isalpha (currency[0]) || !g_ascii_isalpha (currency[1]) ||
      !g_ascii_isalpha (currency[2]))
    {
      show_error (self, self->currency_row, _("Give the currency as its three-letter code, such as EUR or USD."));
      return;
    }
  if (!read_number (self, self->base_row, &base) || !read_number (self, self->bonus_row, &bonus) ||
      !read_number (self, self->sign_on_row, &sign_on) || !read_number (self, self->grant_row, &grant) ||
      !read_number (self, self->units_row, &units) || !read_number (self, self->price_row, &price) ||
      !read_number (self, self->years_row, &years) || !read_number (self, self->cliff_row, &cliff))
    return;
  if (base <= 0)
    {
      show_error (self, self->base_row, _("Give the base salary per year."));
      return;
    }
  if (years != floor (years) || cliff != floor (cliff) || years > CAL_OFFER_MATH_MAX_YEARS || cliff > 240)
    {
      show_error (self, years != floor (years) || years > CAL_OFFER_MATH_MAX_YEARS ? self->years_row : self->cliff_row,
                  _("Vesting years and cliff months are whole numbers."));
      return;
    }
  if (*deadline != '\0' && (strlen (deadline) != 10 || !cal_funnel_parse_day (deadline, &day)))
    {
      show_error (self, self->deadline_row, _("Write the date as YYYY-MM-DD, e.g. 2024-05-31."));
      return;
    }

  cal_offer_set_process_id (offer, self->process_id);
  cal_offer_set_currency (offer, currency);
  cal_offer_set_base_salary (offer, base);
  cal_offer_set_bonus_pct (offer, bonus);
  cal_offer_set_sign_on (offer, sign_on);
  cal_offer_set_equity_grant (offer, grant);
  cal_offer_set_equity_units (offer, units);
  cal_offer_set_equity_price (offer, price);
  cal_offer_set_vesting_years (offer, (int) years);
  cal_offer_set_cliff_months (offer, (int) cliff);
  schedule = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->schedule_row))));
  cal_offer_set_schedule (offer, schedule);
  cal_offer_set_deadline (offer, deadline);
  cal_offer_set_benefits (offer, gtk_editable_get_text (GTK_EDITABLE (self->benefits_row)));

  totals = cal_offer_math_totals (offer, &error);
  if (totals == NULL)
    {
      show_error (self, NULL, error->message);
      return;
    }

  /* The summary columns stay true to the full terms. */
  for (int y = 0; y < totals->years; y++)
    equity += totals->equity_by_year[y];
  vesting = cal_offer_math_describe_vesting (offer);
  cal_offer_set_bonus (offer, totals->bonus);
  cal_offer_set_equity (offer, equity / totals->years);
  cal_offer_set_vesting (offer, vesting);

  if (!cal_store_save_offer (self->store, offer, &error))
    {
      show_error (self, NULL, error->message);
      return;
    }

  g_signal_emit (self, signals[OFFER_ADDED], 0, cal_offer_get_id (offer));
  gtk_window_close (GTK_WINDOW (self));
}

static void
cal_offer_dialog_dispose (GObject *object)
{
  CalOfferDialog *self = CAL_OFFER_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_OFFER_DIALOG);

  G_OBJECT_CLASS (cal_offer_dialog_parent_class)->dispose (object);
}

static void
cal_offer_dialog_class_init (CalOfferDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_offer_dialog_dispose;

  /**
   * CalOfferDialog::offer-added:
   * @id: the new offer's id
   */
  signals[OFFER_ADDED] = g_signal_new ("offer-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-offer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, currency_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, base_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, bonus_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, sign_on_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, grant_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, units_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, price_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, years_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, cliff_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, schedule_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, CalOfferDialog, benefits_row);

  gtk_widget_class_install_action (widget_class, "offer.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cal_offer_dialog_init (CalOfferDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cal_offer_dialog_new:
 * @store: the store to add the offer to
 * @process_id: the process the offer belongs to
 *
 * Returns: (transfer floating): a new dialog
 */
GtkWidget *
cal_offer_dialog_new (CalStore *store,
                      gint64    process_id)
{
  CalOfferDialog *self = g_object_new (CAL_TYPE_OFFER_DIALOG, NULL);

  self->store = g_object_ref (store);
  self->process_id = process_id;
  return GTK_WIDGET (self);
}
