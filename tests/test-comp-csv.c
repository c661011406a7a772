/* test-comp-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing the user's own compensation data points from CSV.
 */

#include "config.h"

#include "cal-comp-csv.h"

static CalCompImport *
parse (const char *text, GError **error)
{
  return cal_comp_csv_parse (text, strlen (text), error);
}

static CalCompBadRow *
bad (CalCompImport *import, guint i)
{
  return g_ptr_array_index (import->bad_rows, i);
}

static CalCompPoint *
point (CalCompImport *import, guint i)
{
  return g_ptr_array_index (import->points, i);
}

static void
test_good_and_bad_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCompImport) import = parse (
    "company,level,base,bonus,equity_per_year,currency\n"
    "Acme,Senior,150000,15000,40000,usd\n"
    "Globex,Senior,abc,0,0,USD\n"           /* line 3: base not a number */
    "\n"
    "Initech,Senior,140000,,,USD\n"          /* line 5: empty bonus/equity are 0 */
    "Hooli,Senior,160000,0,0\n"              /* line 6: a field short */
    "Umbrella,Senior,-5,0,0,USD\n"           /* line 7: negative */
    "Stark,,120000,0,0,USD\n"                /* line 8: no level */
    "Wayne,Senior,120000,0,0,dollars\n",     /* line 9: currency */
    &error);

  g_assert_no_error (error);
  g_assert_cmpuint (import->points->len, ==, 2);
  g_assert_cmpstr (point (import, 0)->company, ==, "Acme");
  g_assert_cmpstr (point (import, 0)->currency, ==, "USD");
  g_assert_cmpfloat (cal_comp_point_total (point (import, 0)), ==, 205000);
  g_assert_cmpfloat (point (import, 1)->bonus, ==, 0);

  g_assert_cmpuint (import->bad_rows->len, ==, 5);
  g_assert_cmpuint (bad (import, 0)->line, ==, 3);
  g_assert_nonnull (strstr (bad (import, 0)->reason, "base"));
  g_assert_cmpuint (bad (import, 1)->line, ==, 6);
  g_assert_nonnull (strstr (bad (import, 1)->reason, "5 fields"));
  g_assert_cmpuint (bad (import, 2)->line, ==, 7);
  g_assert_nonnull (strstr (bad (import, 2)->reason, "negative"));
  g_assert_cmpuint (bad (import, 3)->line, ==, 8);
  g_assert_nonnull (strstr (bad (import, 3)->reason, "level"));
  g_assert_cmpuint (bad (import, 4)->line, ==, 9);
  g_assert_nonnull (strstr (bad (import, 4)->reason, "currency"));
}

static void
test_quoted_fields (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCompImport) import = parse (
    "\xEF\xBB\xBF" "Company,Level,Base,Bonus,Equity per year,Currency\r\n"
    "\"Acme, Inc.\",L5,\"150,000\",0,0,EUR\r\n"
    "\"The \"\"Big\"\" One\nEurope\",L5,100000,0,0,EUR\r\n"   /* spans lines 3–4 */
    "Broken,L5,\"100000,0,0,EUR\r\n",                        /* line 5: unclosed */
    &error);

  g_assert_no_error (error);
  g_assert_cmpuint (import->points->len, ==, 2);
  g_assert_cmpstr (point (import, 0)->company, ==, "Acme, Inc.");
  g_assert_cmpfloat (point (import, 0)->base, ==, 150000);
  g_assert_cmpstr (point (import, 1)->company, ==, "The \"Big\" One\nEurope");
  g_assert_cmpuint (import->bad_rows->len, ==, 1);
  g_assert_cmpuint (bad (import, 0)->line, ==, 5);
  g_assert_nonnull (strstr (bad (import, 0)->reason, "quoted"));
}

static void
test_semicolons (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalCompImport) import = parse (
    "currency;company;level;base;bonus;equity_per_year\n"
    "EUR;Acme;senior;85000,50;8500;0\n"
    "EUR;\"Semi;colon GmbH\";senior;90000;0;12000\n",
    &error);

  g_assert_no_error (error);
  g_assert_cmpuint (import->bad_rows->len, ==, 0);
  g_assert_cmpuint (import->points->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (point (import, 0)->base, 85000.5, 1e-9);
  g_assert_cmpstr (point (import, 1)->company, ==, "Semi;colon GmbH");
  g_assert_cmpfloat (point (import, 1)->equity_per_year, ==, 12000);
}

static void
test_whole_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  static const char binary[] = { 'P', 'K', 3, 4, 0, 0, 1, 2 };

  g_assert_null (parse ("", &error));
  g_assert_error (error, CAL_COMP_CSV_ERROR, CAL_COMP_CSV_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_null (parse ("\n\n  \n", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_null (cal_comp_csv_parse (binary, sizeof binary, &error));
  g_assert_error (error, CAL_COMP_CSV_ERROR, CAL_COMP_CSV_ERROR_BINARY);
  g_clear_error (&error);

  g_assert_null (parse ("caf\xe9,level\n", &error));
  g_assert_error (error, CAL_COMP_CSV_ERROR, CAL_COMP_CSV_ERROR_BINARY);
  g_clear_error (&error);

  g_assert_null (parse ("company,level,currency\nAcme,L5,EUR\n", &error));
  g_assert_error (error, CAL_COMP_CSV_ERROR, CAL_COMP_CSV_ERROR_HEADER);
  g_assert_nonnull (strstr (error->message, "base"));
}

static void
test_store_and_percentile (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("calibrd-comp-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "calibrd.db", NULL);
  g_autoptr(CalStore) store = cal_store_open (path, &error);
  g_autoptr(CalCompImport) import = parse (
    "company,level,base,bonus,equity_per_year,currency\n"
    "A,Senior,100000,0,0,EUR\n"
    "B,senior,120000,0,0,EUR\n"
    "C,Senior,140000,0,0,EUR\n"
    "D,Senior,160000,0,0,EUR\n"
    "E,Staff,300000,0,0,EUR\n"
    "F,Senior,999999,0,0,USD\n", &error);
  g_autoptr(GPtrArray) points = NULL;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_true (cal_comp_points_replace (store, "mine.csv", import->points, &error));
  g_assert_no_error (error);
  /* Importing the same file again replaces, not doubles. */
  g_assert_true (cal_comp_points_replace (store, "mine.csv", import->points, &error));
  points = cal_comp_points_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 6);

  /* 130k among 100/120/140/160k senior EUR: two below → 50th. */
  g_assert_cmpfloat (cal_comp_percentile (points, "EUR", "Senior", 130000, &n), ==, 50);
  g_assert_cmpuint (n, ==, 4);
  /* A tie counts half. */
  g_assert_cmpfloat (cal_comp_percentile (points, "EUR", "senior", 140000, &n), ==, 62.5);
  /* Nothing to compare with: no percentile, nothing invented. */
  g_assert_cmpfloat (cal_comp_percentile (points, "GBP", "Senior", 130000, &n), ==, -1);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpfloat (cal_comp_percentile (points, "EUR", "principal", 130000, &n), ==, -1);

  g_clear_object (&store);
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
    g_assert_cmpint (system (cmd), ==, 0);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/comp-csv/good-and-bad-rows", test_good_and_bad_rows);
  g_test_add_func ("/comp-csv/quoted-fields", test_quoted_fields);
  g_test_add_func ("/comp-csv/semicolons", test_semicolons);
  g_test_add_func ("/comp-csv/whole-file-errors", test_whole_file_errors);
  g_test_add_func ("/comp-csv/store-and-percentile", test_store_and_percentile);

  return g_test_run ();
}
