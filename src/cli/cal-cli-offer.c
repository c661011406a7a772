/* cal-cli-offer.c — calibrd-cli offer add|compare|import-comp
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-offer"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cal-cli.h"
#include "cal-comp-csv.h"
#include "cal-funnel.h"
#include "cal-offer-math.h"
#include "cal-store.h"

static const char *
offer_usage (void)
{
  return _("Usage: calibrd-cli offer add --process ID --currency C --base N [--bonus-pct N] "
           "[--sign-on N] [--equity N | --units N --price N] [--vesting-years N] [--cliff-months N] "
           "[--schedule 40,30,20,10] [--deadline YYYY-MM-DD] [--benefits TEXT] | offer compare | "
           "offer import-comp FILE");
}

static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value) && *value >= 0;
}

static gboolean
parse_int (const char *text,
           int        *value)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (text, 10, 0, 1200, &v, NULL))
    return FALSE;
  *value = (int) v;
  return TRUE;
}

/* Keeps the older summary columns (bonus as an amount, equity per year,
 * vesting in words) true to the full terms, for anything that reads them. */
static void
fill_summary_columns (CalOffer       *offer,
                      CalOfferTotals *totals)
{
  g_autofree char *vesting = cal_offer_math_describe_vesting (offer);
  double equity = 0;

  for (int y = 0; y < totals->years; y++)
    equity += totals->equity_by_year[y];

  cal_offer_set_bonus (offer, totals->bonus);
  cal_offer_set_equity (offer, equity / totals->years);
  cal_offer_set_vesting (offer, vesting);
}

static JsonNode *
offer_to_json (CalStore       *store,
               CalOffer       *offer,
               CalOfferTotals *totals)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(CalProcess) process = cal_store_get_process (store, cal_offer_get_process_id (offer), NULL);
  g_autoptr(CalJob) job = NULL;

  if (process != NULL)
    job = cal_store_get_job (store, cal_process_get_job_id (process), NULL);

#define NUM(name, value) G_STMT_START { json_builder_set_member_name (builder, name); \
                                        json_builder_add_double_value (builder, value); } G_STMT_END
#define STR(name, value) G_STMT_START { json_builder_set_member_name (builder, name); \
                                        json_builder_add_string_value (builder, value); } G_STMT_END
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, cal_offer_get_id (offer));
  json_builder_set_member_name (builder, "process_id");
  json_builder_add_int_value (builder, cal_offer_get_process_id (offer));
  STR ("company", job != NULL ? cal_job_get_company (job) : "");
  STR ("title", job != NULL ? cal_job_get_title (job) : "");
  STR ("level", job != NULL ? cal_job_get_level (job) : "");
  STR ("currency", cal_offer_get_currency (offer));
  NUM ("base", cal_offer_get_base_salary (offer));
  NUM ("bonus_pct", cal_offer_get_bonus_pct (offer));
  NUM ("sign_on", cal_offer_get_sign_on (offer));
  NUM ("equity_grant", cal_offer_math_grant_value (offer));
  json_builder_set_member_name (builder, "vesting_years");
  json_builder_add_int_value (builder, cal_offer_get_vesting_years (offer));
  json_builder_set_member_name (builder, "cliff_months");
  json_builder_add_int_value (builder, cal_offer_get_cliff_months (offer));
  STR ("schedule", *cal_offer_get_schedule (offer) != '\0' ? cal_offer_get_schedule (offer) : "even");
  STR ("deadline", cal_offer_get_deadline (offer));
  if (totals != NULL)
    {
      NUM ("bonus", totals->bonus);
      NUM ("first_year", totals->first_year);
      NUM ("yearly_average", totals->yearly_average);
      json_builder_set_member_name (builder, "equity_by_year");
      json_builder_begin_array (builder);
      for (int y = 0; y < totals->years; y++)
        json_builder_add_double_value (builder, totals->equity_by_year[y]);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
#undef NUM
#undef STR

  return json_builder_get_root (builder);
}

static int
offer_add (CalCli  *cli,
           int      argc,
           char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalOffer) offer = cal_offer_new ();
  g_autoptr(CalProcess) process = NULL;
  g_autoptr(CalOfferTotals) totals = NULL;
  gint64 process_id = 0;
  gboolean have_base = FALSE;

  for (int i = 2; i < argc; i++)
    {
      const char *option = argv[i];
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;
      double number = 0;
      int whole = 0;
      gboolean numeric = !g_str_equal (option, "--currency") && !g_str_equal (option, "--deadline") &&
                         !g_str_equal (option, "--schedule") && !g_str_equal (option, "--benefits");
      gboolean integer = g_str_equal (option, "--vesting-years") || g_str_equal (option, "--cliff-months") ||
                         g_str_equal (option, "--process");

      if (value == NULL)
        return cal_cli_usage ("%s", offer_usage ());
      if (numeric && !integer && !parse_number (value, &number))
        return cal_cli_usage (_("%s needs a number of 0 or more, not “%s”."), option, value);
      if (integer && !g_str_equal (option, "--process") && !parse_int (value, &whole))
        return cal_cli_usage (_("%s needs a whole number, not “%s”."), option, value);

      if (g_str_equal (option, "--process"))
        {
          guint64 id;

          if (!g_ascii_string_to_unsigned (value, 10, 1, G_MAXINT64, &id, NULL))
            return cal_cli_usage (_("“%s” is not a process id."), value);
          process_id = id;
        }
      else if (g_str_equal (option, "--currency"))
        {
          g_autofree char *code = g_ascii_strup (value, -1);

          if (strlen (code) != 3 || !g_ascii_isalpha (code[0]) || !g_ascii_isalpha (code[1]) ||
              !g_ascii_isalpha (code[2]))
            return cal_cli_usage (_("“%s” is not a three-letter currency code such as EUR or USD."), value);
          cal_offer_set_currency (offer, code);
        }
      else if (g_str_equal (option, "--base"))
        {
          cal_offer_set_base_salary (offer, number);
          have_base = TRUE;
        }
      else if (g_str_equal (option, "--bonus-pct"))
        cal_offer_set_bonus_pct (offer, number);
      else if (g_str_equal (option, "--sign-on"))
        cal_offer_set_sign_on (offer, number);
      else if (g_str_equal (option, "--equity"))
        cal_offer_set_equity_grant (offer, number);
      else if (g_str_equal (option, "--units"))
        cal_offer_set_equity_units (offer, number);
      else if (g_str_equal (option, "--price"))
        cal_offer_set_equity_price (offer, number);
      else if (g_str_equal (option, "--vesting-years"))
        cal_offer_set_vesting_years (offer, whole);
      else if (g_str_equal (option, "--cliff-months"))
        cal_offer_set_cliff_months (offer, whole);
      else if (g_str_equal (option, "--schedule"))
        cal_offer_set_schedule (offer, value);
      else if (g_str_equal (option, "--benefits"))
        cal_offer_set_benefits (offer, value);
      else if (g_str_equal (option, "--deadline"))
        {
          GDate day;

          if (!cal_funnel_parse_day (value, &day) || strlen (value) != 10)
            return cal_cli_usage (_("“%s” is not a date. Write it as YYYY-MM-DD."), value);
          cal_offer_set_deadline (offer, value);
        }
      else
        return cal_cli_usage ("%s", offer_usage ());
      i++;
    }

  if (process_id == 0 || !have_base || *cal_offer_get_currency (offer) == '\0')
    return cal_cli_usage ("%s", offer_usage ());
  cal_offer_set_process_id (offer, process_id);

  totals = cal_offer_math_totals (offer, &error);
  if (totals == NULL)
    return cal_cli_fail (error);
  fill_summary_columns (offer, totals);

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);
  process = cal_store_get_process (store, process_id, &error);
  if (process == NULL)
    return cal_cli_fail (error);
  if (!cal_store_save_offer (store, offer, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = offer_to_json (store, offer, totals);

      cal_cli_print_json (node);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", cal_offer_get_id (offer));

  return CAL_CLI_EXIT_OK;
}

static double
offer_percentile (CalStore       *store,
                  GPtrArray      *points,
                  CalOffer       *offer,
                  CalOfferTotals *totals,
                  guint          *n)
{
  g_autoptr(CalProcess) process = cal_store_get_process (store, cal_offer_get_process_id (offer), NULL);
  g_autoptr(CalJob) job = NULL;

  *n = 0;
  if (process == NULL || totals == NULL)
    return -1;
  job = cal_store_get_job (store, cal_process_get_job_id (process), NULL);
  if (job == NULL)
    return -1;
  return cal_comp_percentile (points, totals->currency, cal_job_get_level (job), totals->yearly_average, n);
}

static int
offer_compare (CalCli  *cli,
               int      argc,
               char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GListModel) offers = NULL;
  g_autoptr(CalOfferComparison) c = NULL;
  g_autoptr(GPtrArray) points = NULL;

  if (argc != 2)
    return cal_cli_usage ("%s", offer_usage ());

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);
  offers = cal_store_list_offers (store, 0, &error);
  if (offers == NULL)
    return cal_cli_fail (error);
  points = cal_comp_points_list (store, &error);
  if (points == NULL)
    return cal_cli_fail (error);
  c = cal_offer_math_compare (offers);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "currencies");
      json_builder_begin_array (builder);
      for (guint i = 0; i < c->currencies->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (c->currencies, i));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "mixed_currencies");
      json_builder_add_boolean_value (builder, c->mixed_currencies);
      json_builder_set_member_name (builder, "offers");
      json_builder_begin_array (builder);
      for (guint i = 0; i < c->offers->len; i++)
        {
          CalOffer *offer = g_ptr_array_index (c->offers, i);
          CalOfferTotals *totals = g_ptr_array_index (c->totals, i);
          JsonNode *node = offer_to_json (store, offer, totals);
          JsonObject *object = json_node_get_object (node);
          guint n = 0;
          double pct = offer_percentile (store, points, offer, totals, &n);

          json_object_set_int_member (object, "rank_in_currency", g_array_index (c->rank, guint, i));
          json_object_set_boolean_member (object, "best_first_year", g_array_index (c->best_first_year, gboolean, i));
          json_object_set_boolean_member (object, "best_yearly_average", g_array_index (c->best_average, gboolean, i));
          if (pct >= 0)
            json_object_set_double_member (object, "percentile", pct);
          else
            json_object_set_null_member (object, "percentile");
          json_object_set_int_member (object, "comp_points_compared", n);
          json_builder_add_value (builder, node);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      cal_cli_print_json (root);
      return CAL_CLI_EXIT_OK;
    }

  for (guint k = 0; k < c->currencies->len; k++)
    {
      const char *currency = g_ptr_array_index (c->currencies, k);

      g_print ("%s\n", currency);
      for (guint i = 0; i < c->offers->len; i++)
        {
          CalOffer *offer = g_ptr_array_index (c->offers, i);
          CalOfferTotals *t = g_ptr_array_index (c->totals, i);
          guint n = 0;
          double pct;

          if (g_strcmp0 (cal_offer_get_currency (offer), currency) != 0)
            continue;
          if (t == NULL)
            {
              g_print ("  #%" G_GINT64_FORMAT "  %s\n", cal_offer_get_id (offer), _("terms do not add up"));
              continue;
            }
          pct = offer_percentile (store, points, offer, t, &n);
          g_print ("  %u. #%" G_GINT64_FORMAT "  %s %.0f  %s %.0f", g_array_index (c->rank, guint, i),
                   cal_offer_get_id (offer), _("first year"), t->first_year, _("yearly average"),
                   t->yearly_average);
          if (pct >= 0)
            g_print (_("  (percentile %.0f of %u data points)"), pct, n);
          g_print ("\n");
        }
    }
  if (c->mixed_currencies)
    g_print ("%s\n", _("Offers in different currencies are ranked only against offers in the same currency; "
                       "amounts are never converted or added up across currencies."));

  return CAL_CLI_EXIT_OK;
}

static int
offer_import_comp (CalCli  *cli,
                   int      argc,
                   char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalCompImport) import = NULL;
  g_autofree char *source = NULL;

  if (argc != 3)
    return cal_cli_usage ("%s", offer_usage ());

  bytes = cal_cli_read_input (argv[2], CAL_COMP_CSV_MAX_SIZE, &error);
  if (bytes == NULL)
    return cal_cli_fail (error);
  import = cal_comp_csv_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  if (import == NULL)
    return cal_cli_fail (error);

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);
  source = g_path_get_basename (argv[2]);
  if (!cal_comp_points_replace (store, source, import->points, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "imported");
      json_builder_add_int_value (builder, import->points->len);
      json_builder_set_member_name (builder, "bad_rows");
      json_builder_begin_array (builder);
      for (guint i = 0; i < import->bad_rows->len; i++)
        {
          CalCompBadRow *row = g_ptr_array_index (import->bad_rows, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "line");
          json_builder_add_int_value (builder, row->line);
          json_builder_set_member_name (builder, "reason");
          json_builder_add_string_value (builder, row->reason);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      cal_cli_print_json (root);
    }
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u data point imported\n", "%u data points imported\n",
                          import->points->len), import->points->len);

  for (guint i = 0; i < import->bad_rows->len; i++)
    {
      CalCompBadRow *row = g_ptr_array_index (import->bad_rows, i);

      g_printerr (_("calibrd-cli: line %u skipped: %s\n"), row->line, row->reason);
    }

  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_offer:
 *
 * Offers and the user's own compensation data points.
 */
int
cal_cli_offer (CalCli  *cli,
               int      argc,
               char   **argv)
{
  if (argc < 2)
    return cal_cli_usage ("%s", offer_usage ());

  if (g_str_equal (argv[1], "add"))
    return offer_add (cli, argc, argv);
  if (g_str_equal (argv[1], "compare"))
    return offer_compare (cli, argc, argv);
  if (g_str_equal (argv[1], "import-comp"))
    return offer_import_comp (cli, argc, argv);

  return cal_cli_usage ("%s", offer_usage ());
}
