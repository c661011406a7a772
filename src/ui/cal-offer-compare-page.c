/* cal-offer-compare-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-offer-compare-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-comp-csv.h"
#include "cal-offer-compare-page.h"
#include "cal-offer-math.h"

/* Offers side by side, one table per currency: rows where the offers
 * differ are highlighted and the best first year and yearly average of
 * each currency are marked. Also the import of the user's own comp data,
 * which places each offer among the points of its currency and level. */
struct _CalOfferComparePage
{
  GtkBox         parent_instance;

  GtkLabel      *currency_note;
  GtkLabel      *empty_label;
  GtkBox        *tables;
  AdwActionRow  *points_row;

  CalContext    *context;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (CalOfferComparePage, cal_offer_compare_page, GTK_TYPE_BOX)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
money (double      amount,
       const char *currency)
{
  return g_strdup_printf ("%s %'.0f", currency, amount);
}

static GtkWidget *
cell (const char *text,
      gboolean    header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), header ? 0 : 1);
  /* No wrapping: the table scrolls sideways, and a wrapping label would
   * make the scroller ask for the height of its narrowest layout. */
  gtk_widget_add_css_class (label, "funnel-cell");
  if (header)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

typedef struct
{
  CalStore  *store;
  GPtrArray *points;
} Lookup;

static char *
company_of (Lookup   *lookup,
            CalOffer *offer,
            char    **level)
{
  g_autoptr(CalProcess) process = cal_store_get_process (lookup->store, cal_offer_get_process_id (offer), NULL);
  g_autoptr(CalJob) job = NULL;

  if (process != NULL)
    job = cal_store_get_job (lookup->store, cal_process_get_job_id (process), NULL);
  *level = g_strdup (job != NULL ? cal_job_get_level (job) : "");
  return g_strdup (job != NULL && *cal_job_get_company (job) != '\0' ? cal_job_get_company (job) : _("Offer"));
}

static GtkWidget *
build_table (CalOfferComparison *c,
             const char         *currency,
             Lookup             *lookup)
{
  static const struct { guint field; const char *label; } money_rows[] = {
    { CAL_OFFER_FIELD_BASE, N_("Base") },
    { CAL_OFFER_FIELD_BONUS, N_("Bonus (target)") },
    { CAL_OFFER_FIELD_SIGN_ON, N_("Sign-on") },
    { CAL_OFFER_FIELD_GRANT, N_("Equity grant") },
    { CAL_OFFER_FIELD_FIRST_YEAR, N_("First year") },
    { CAL_OFFER_FIELD_AVERAGE, N_("Yearly average") },
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (currency);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *grid = gtk_grid_new ();
  guint col = 1;
  int row;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-4");
  gtk_box_append (GTK_BOX (box), title);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_add_css_class (grid, "card");
  gtk_widget_add_css_class (grid, "funnel-offer-table");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_set_vexpand (scroller, FALSE);
  gtk_widget_set_valign (grid, GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_box_append (GTK_BOX (box), scroller);

  for (row = 0; row < (int) G_N_ELEMENTS (money_rows); row++)
    {
      GtkWidget *label = cell (_(money_rows[row].label), TRUE);

      if (cal_offer_comparison_differs (c, currency, money_rows[row].field))
        gtk_widget_add_css_class (label, "funnel-diff");
      gtk_grid_attach (GTK_GRID (grid), label, 0, row + 1, 1, 1);
    }
  gtk_grid_attach (GTK_GRID (grid), cell (_("Vesting"), TRUE), 0, row + 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Among your data"), TRUE), 0, row + 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell (_("Answer by"), TRUE), 0, row + 3, 1, 1);

  for (guint i = 0; i < c->offers->len; i++)
    {
      CalOffer *offer = g_ptr_array_index (c->offers, i);
      CalOfferTotals *t = g_ptr_array_index (c->totals, i);
      g_autofree char *level = NULL;
      g_autofree char *company = NULL;
      g_autofree char *vesting = NULL;
      g_autofree char *percentile = NULL;
      guint n = 0;
      double pct;

      if (g_strcmp0 (cal_offer_get_currency (offer), currency) != 0)
        continue;

      company = company_of (lookup, offer, &level);
      gtk_grid_attach (GTK_GRID (grid), cell (company, TRUE), col, 0, 1, 1);

      if (t == NULL)
        {
          gtk_grid_attach (GTK_GRID (grid), cell (_("Terms do not add up"), FALSE), col, 1, 1, 1);
          col++;
          continue;
        }

      for (row = 0; row < (int) G_N_ELEMENTS (money_rows); row++)
        {
          guint field = money_rows[row].field;
          g_autofree char *text = money (cal_offer_totals_field (t, field), currency);
          GtkWidget *label;
          gboolean best = (field == CAL_OFFER_FIELD_FIRST_YEAR && g_array_index (c->best_first_year, gboolean, i)) ||
                          (field == CAL_OFFER_FIELD_AVERAGE && g_array_index (c->best_average, gboolean, i));

          if (best)
            {
              g_autofree char *marked = g_strdup_printf (_("%s (best)"), text);
              label = cell (marked, FALSE);
              gtk_widget_add_css_class (label, "success");
            }
          else
            label = cell (text, FALSE);
          if (cal_offer_comparison_differs (c, currency, field))
            gtk_widget_add_css_class (label, "funnel-diff");
          gtk_grid_attach (GTK_GRID (grid), label, col, row + 1, 1, 1);
        }

      vesting = cal_offer_math_describe_vesting (offer);
      gtk_grid_attach (GTK_GRID (grid), cell (*vesting != '\0' ? vesting : _("No equity"), FALSE), col, row + 1, 1, 1);

      pct = cal_comp_percentile (lookup->points, currency, level, t->yearly_average, &n);
      if (pct >= 0)
        percentile = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Percentile %.0f of %u point",
                                                   "Percentile %.0f of %u points", n), pct, n);
      else
        percentile = g_strdup (_("No points at this level"));
      gtk_grid_attach (GTK_GRID (grid), cell (percentile, FALSE), col, row + 2, 1, 1);
      gtk_grid_attach (GTK_GRID (grid),
                       cell (*cal_offer_get_deadline (offer) != '\0' ? cal_offer_get_deadline (offer) : "—", FALSE),
                       col, row + 3, 1, 1);
      col++;
    }

  return box;
}

static void
on_import_response (GtkNativeDialog     *dialog,
                    int                  response,
                    CalOfferComparePage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCompImport) import = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->context == NULL)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes != NULL)
    import = cal_comp_csv_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  name = g_file_get_basename (file);
  if (import == NULL ||
      !cal_comp_points_replace (cal_context_get_store (self->context), name, import->points, &error))
    {
      g_signal_emit (self, signals[TOAST], 0, error->message);
      goto out;
    }

  if (import->bad_rows->len > 0)
    {
      g_autoptr(GString) report = g_string_new (NULL);
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *message;
      g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Row Skipped", "%u Rows Skipped",
                                                               import->bad_rows->len), import->bad_rows->len);

      g_string_append_printf (report, g_dngettext (GETTEXT_PACKAGE, "%u data point was imported.",
                                                   "%u data points were imported.", import->points->len),
                              import->points->len);
      g_string_append (report, " ");
      g_string_append (report, _("These rows were left out; fix them in the file and import it again:"));
      g_string_append (report, "\n");
      for (guint i = 0; i < import->bad_rows->len && i < 20; i++)
        {
          CalCompBadRow *row = g_ptr_array_index (import->bad_rows, i);

          g_string_append_c (report, '\n');
          g_string_append_printf (report, _("Line %u: %s"), row->line, row->reason);
        }
      if (import->bad_rows->len > 20)
        g_string_append_printf (report, "\n%s", _("…and more."));

      message = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, report->str);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u data point imported",
                                                            "%u data points imported", import->points->len),
                                               import->points->len);
      g_signal_emit (self, signals[TOAST], 0, text);
    }

  cal_offer_compare_page_reload (self, self->context);

out:
  g_clear_object (&self->chooser);
}

static void
import_comp_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CalOfferComparePage *self = CAL_OFFER_COMPARE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  self->chooser = gtk_file_chooser_native_new (_("Import Compensation Data"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cal_offer_compare_page_dispose (GObject *object)
{
  CalOfferComparePage *self = CAL_OFFER_COMPARE_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_OFFER_COMPARE_PAGE);

  G_OBJECT_CLASS (cal_offer_compare_page_parent_class)->dispose (object);
}

static void
cal_offer_compare_page_class_init (CalOfferComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_offer_compare_page_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-offer-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CalOfferComparePage, currency_note);
  gtk_widget_class_bind_template_child (widget_class, CalOfferComparePage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, CalOfferComparePage, tables);
  gtk_widget_class_bind_template_child (widget_class, CalOfferComparePage, points_row);

  gtk_widget_class_install_action (widget_class, "offers.import-comp", NULL, import_comp_action);
}

static void
cal_offer_compare_page_init (CalOfferComparePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cal_offer_compare_page_new (void)
{
  return g_object_new (CAL_TYPE_OFFER_COMPARE_PAGE, NULL);
}

/**
 * cal_offer_compare_page_reload:
 * @self: the page
 * @context: the app's context
 *
 * Rebuilds the tables from the store.
 */
void
cal_offer_compare_page_reload (CalOfferComparePage *self,
                               CalContext          *context)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) offers = NULL;
  g_autoptr(CalOfferComparison) c = NULL;
  g_autoptr(GPtrArray) points = NULL;
  GtkWidget *child;
  Lookup lookup;

  g_return_if_fail (CAL_IS_OFFER_COMPARE_PAGE (self));

  g_set_object (&self->context, context);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tables))) != NULL)
    gtk_box_remove (self->tables, child);

  offers = cal_store_list_offers (cal_context_get_store (context), 0, &error);
  if (offers != NULL)
    points = cal_comp_points_list (cal_context_get_store (context), &error);
  if (points == NULL)
    {
      g_signal_emit (self, signals[TOAST], 0, error->message);
      return;
    }

  c = cal_offer_math_compare (offers);
  lookup.store = cal_context_get_store (context);
  lookup.points = points;
  for (guint k = 0; k < c->currencies->len; k++)
    gtk_box_append (self->tables, build_table (c, g_ptr_array_index (c->currencies, k), &lookup));

  gtk_widget_set_visible (GTK_WIDGET (self->currency_note), c->mixed_currencies);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), c->offers->len == 0);

  if (points->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u data point", "%u data points",
                                                             points->len), points->len);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->points_row), title);
      adw_action_row_set_subtitle (self->points_row,
                                   _("An offer is placed among the points of the same currency and level."));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->points_row), _("No data points yet"));
      adw_action_row_set_subtitle (self->points_row, "");
    }
}
