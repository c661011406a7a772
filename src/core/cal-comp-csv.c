/* cal-comp-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-comp-csv"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cal-comp-csv.h"
#include "cal-store-private.h"

G_DEFINE_QUARK (cal-comp-csv-error-quark, cal_comp_csv_error)

enum
{
  COL_COMPANY,
  COL_LEVEL,
  COL_BASE,
  COL_BONUS,
  COL_EQUITY,
  COL_CURRENCY,
  N_COLS
};

/* Accepted spellings of each header, lower case with spaces and dashes
 * read as underscores. */
static const char * const header_names[N_COLS][4] = {
  [COL_COMPANY] = { "company", "employer", NULL },
  [COL_LEVEL] = { "level", "grade", NULL },
  [COL_BASE] = { "base", "base_salary", "salary", NULL },
  [COL_BONUS] = { "bonus", "annual_bonus", NULL },
  [COL_EQUITY] = { "equity_per_year", "equity", "stock_per_year", NULL },
  [COL_CURRENCY] = { "currency", NULL },
};

static const gboolean header_required[N_COLS] = {
  [COL_COMPANY] = TRUE, [COL_LEVEL] = TRUE, [COL_BASE] = TRUE, [COL_CURRENCY] = TRUE,
};

void
cal_comp_point_free (CalCompPoint *point)
{
  if (point == NULL)
    return;
  g_free (point->company);
  g_free (point->level);
  g_free (point->currency);
  g_free (point);
}

static void
bad_row_free (CalCompBadRow *row)
{
  g_free (row->reason);
  g_free (row);
}

void
cal_comp_import_free (CalCompImport *import)
{
  if (import == NULL)
    return;
  g_ptr_array_unref (import->points);
  g_ptr_array_unref (import->bad_rows);
  g_free (import);
}

/**
 * cal_comp_point_total:
 * @point: a point
 *
 * Returns: its yearly total: base + bonus + equity per year
 */
double
cal_comp_point_total (CalCompPoint *point)
{
  return point->base + point->bonus + point->equity_per_year;
}

/* One record of the file and the line it starts on. */
typedef struct
{
  guint      line;
  GPtrArray *fields;
  gboolean   unclosed;
} Record;

static void
record_free (Record *record)
{
  g_ptr_array_unref (record->fields);
  g_free (record);
}

/* RFC 4180 with either delimiter: a quoted field may hold the delimiter,
 * newlines and doubled quotes; CR LF, LF and CR all end a record. */
static GPtrArray *
split_records (const char *data,
               gsize       length,
               char        delimiter)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  g_autoptr(GString) field = g_string_new (NULL);
  Record *record = NULL;
  gboolean in_quotes = FALSE;
  gboolean was_quoted = FALSE;
  guint line = 1;

  for (gsize i = 0; i <= length; i++)
    {
      gboolean end = i == length;
      char c = end ? '\n' : data[i];

      if (record == NULL)
        {
          record = g_new0 (Record, 1);
          record->line = line;
          record->fields = g_ptr_array_new_with_free_func (g_free);
        }

      if (in_quotes && !end)
        {
          if (c == '"' && i + 1 < length && data[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i++;
            }
          else if (c == '"')
            in_quotes = FALSE;
          else
            {
              if (c == '\n' || (c == '\r' && !(i + 1 < length && data[i + 1] == '\n')))
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (in_quotes && end)
        record->unclosed = TRUE;

      if (c == '"' && field->len == 0 && !was_quoted)
        {
          in_quotes = TRUE;
          was_quoted = TRUE;
        }
      else if (c == delimiter)
        {
          g_ptr_array_add (record->fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
        }
      else if (c == '\r' || c == '\n')
        {
          if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
            i++;
          g_ptr_array_add (record->fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;

          /* A blank line is no record; the last line may lack its newline. */
          if (record->fields->len == 1 && *(char *) g_ptr_array_index (record->fields, 0) == '\0' &&
              !record->unclosed)
            record_free (record);
          else
            g_ptr_array_add (records, record);
          record = NULL;
          line++;
          in_quotes = FALSE;
        }
      else
        g_string_append_c (field, c);
    }

  if (record != NULL)
    record_free (record);

  return records;
}

static char
guess_delimiter (const char *data,
                 gsize       length)
{
  guint commas = 0, semicolons = 0;
  gboolean in_quotes = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        in_quotes = !in_quotes;
      else if (!in_quotes && (c == '\n' || c == '\r'))
        break;
      else if (!in_quotes && c == ',')
        commas++;
      else if (!in_quotes && c == ';')
        semicolons++;
    }

  return semicolons > commas ? ';' : ',';
}

static int
header_column (const char *name)
{
  g_autofree char *key = g_ascii_strdown (name, -1);

  g_strstrip (key);
  g_strdelimit (key, " -", '_');
  for (int c = 0; c < N_COLS; c++)
    for (guint a = 0; header_names[c][a] != NULL; a++)
      if (g_str_equal (header_names[c][a], key))
        return c;
  return -1;
}

/* An amount as people type it: "120000", "120,000", "120 000", "1.5e5",
 * and with a semicolon delimiter also a decimal comma ("1234,50"). */
static gboolean
parse_amount (const char *text,
              char        delimiter,
              double     *value)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  const char *comma = strchr (trimmed, ',');
  gboolean decimal_comma = delimiter == ';' && comma != NULL &&
                           strchr (comma + 1, ',') == NULL && strchr (trimmed, '.') == NULL &&
                           strlen (comma + 1) != 3;
  char *end = NULL;

  if (*trimmed == '\0')
    {
      *value = 0;
      return TRUE;
    }

  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (*p == ',' && decimal_comma)
        g_string_append_c (clean, '.');
      else if (*p == ',' || *p == ' ' || *p == '_' || *p == '\'')
        continue;
      else
        g_string_append_c (clean, *p);
    }

  *value = g_ascii_strtod (clean->str, &end);
  return end != clean->str && *end == '\0' && isfinite (*value);
}

static void
add_bad_row (CalCompImport *import,
             guint          line,
             char          *reason)
{
  CalCompBadRow *row = g_new0 (CalCompBadRow, 1);

  row->line = line;
  row->reason = reason;
  g_ptr_array_add (import->bad_rows, row);
}

static CalCompPoint *
point_from_record (Record        *record,
                   const int     *index,
                   guint          n_header,
                   char           delimiter,
                   CalCompImport *import)
{
  g_autoptr(CalCompPoint) point = g_new0 (CalCompPoint, 1);
  static const char * const amount_names[] = {
    [COL_BASE] = "base", [COL_BONUS] = "bonus", [COL_EQUITY] = "equity_per_year",
  };

  if (record->unclosed)
    {
      add_bad_row (import, record->line, g_strdup (_("a quoted field is not closed")));
      return NULL;
    }
  if (record->fields->len != n_header)
    {
      add_bad_row (import, record->line,
                   g_strdup_printf (_("it has %u fields but the header has %u"),
                                    record->fields->len, n_header));
      return NULL;
    }

#define FIELD(col) (index[col] >= 0 ? (const char *) g_ptr_array_index (record->fields, index[col]) : "")
  point->company = g_strstrip (g_strdup (FIELD (COL_COMPANY)));
  point->level = g_strstrip (g_strdup (FIELD (COL_LEVEL)));
  point->currency = g_strstrip (g_ascii_strup (FIELD (COL_CURRENCY), -1));

  if (*point->company == '\0')
    {
      add_bad_row (import, record->line, g_strdup (_("the company is empty")));
      return NULL;
    }
  if (*point->level == '\0')
    {
      add_bad_row (import, record->line, g_strdup (_("the level is empty")));
      return NULL;
    }
  if (strlen (point->currency) != 3 || !g_ascii_isalpha (point->currency[0]) ||
      !g_ascii_isalpha (point->currency[1]) || !g_ascii_isalpha (point->currency[2]))
    {
      add_bad_row (import, record->line,
                   g_strdup_printf (_("“%s” is not a three-letter currency code such as EUR"),
                                    point->currency));
      return NULL;
    }
  {
    g_autofree char *base = g_strstrip (g_strdup (FIELD (COL_BASE)));

    if (*base == '\0')
      {
        add_bad_row (import, record->line, g_strdup (_("the base is empty")));
        return NULL;
      }
  }

  for (int col = COL_BASE; col <= COL_EQUITY; col++)
    {
      double value;

      if (!parse_amount (FIELD (col), delimiter, &value))
        {
          add_bad_row (import, record->line,
                       g_strdup_printf (_("%s “%s” is not a number"), amount_names[col], FIELD (col)));
          return NULL;
        }
      if (value < 0)
        {
          add_bad_row (import, record->line,
                       g_strdup_printf (_("%s is negative"), amount_names[col]));
          return NULL;
        }
      if (col == COL_BASE)
        point->base = value;
      else if (col == COL_BONUS)
        point->bonus = value;
      else
        point->equity_per_year = value;
    }
#undef FIELD

  if (point->base <= 0)
    {
      add_bad_row (import, record->line, g_strdup (_("the base is zero")));
      return NULL;
    }

  return g_steal_pointer (&point);
}

/**
 * cal_comp_csv_parse:
 * @data: the file's bytes
 * @length: their length
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the good points and the bad rows, or %NULL if
 *   the file as a whole cannot be read (empty, not text, no usable header)
 */
CalCompImport *
cal_comp_csv_parse (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(CalCompImport) import = NULL;
  g_autoptr(GPtrArray) records = NULL;
  int index[N_COLS];
  GPtrArray *header;
  char delimiter;

  if (length > CAL_COMP_CSV_MAX_SIZE)
    {
      g_set_error (error, CAL_COMP_CSV_ERROR, CAL_COMP_CSV_ERROR_TOO_LARGE,
                   _("The file is larger than 16 MB; a list of salary data points is much smaller. "
                     "Check that this is the right file."));
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, CAL_COMP_CSV_ERROR, CAL_COMP_CSV_ERROR_BINARY,
                   _("This is not a text file. Export the data points as CSV and import that file."));
      return NULL;
    }
  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, CAL_COMP_CSV_ERROR, CAL_COMP_CSV_ERROR_BINARY,
                   _("The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again."));
      return NULL;
    }
  /* Spreadsheets often start UTF-8 CSV files with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  delimiter = guess_delimiter (data, length);
  records = split_records (data, length, delimiter);
  if (records->len == 0)
    {
      g_set_error (error, CAL_COMP_CSV_ERROR, CAL_COMP_CSV_ERROR_EMPTY,
                   _("The file is empty. It needs a header row (company, level, base, bonus, "
                     "equity_per_year, currency) and one row per data point."));
      return NULL;
    }

  header = ((Record *) g_ptr_array_index (records, 0))->fields;
  for (int c = 0; c < N_COLS; c++)
    index[c] = -1;
  for (guint f = 0; f < header->len; f++)
    {
      int col = header_column (g_ptr_array_index (header, f));

      if (col >= 0 && index[col] < 0)
        index[col] = f;
    }
  for (int c = 0; c < N_COLS; c++)
    if (header_required[c] && index[c] < 0)
      {
        g_set_error (error, CAL_COMP_CSV_ERROR, CAL_COMP_CSV_ERROR_HEADER,
                     _("The first row has no “%s” column. It must name the columns: company, "
                       "level, base, bonus, equity_per_year, currency."), header_names[c][0]);
        return NULL;
      }

  import = g_new0 (CalCompImport, 1);
  import->points = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_comp_point_free);
  import->bad_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) bad_row_free);

  for (guint r = 1; r < records->len; r++)
    {
      CalCompPoint *point = point_from_record (g_ptr_array_index (records, r), index,
                                               header->len, delimiter, import);

      if (point != NULL)
        g_ptr_array_add (import->points, point);
    }

  return g_steal_pointer (&import);
}

/**
 * cal_comp_points_replace:
 * @store: a #CalStore
 * @source: the name of the imported file
 * @points: (element-type CalCompPoint): the good points of that file
 * @error: return location for a #GError
 *
 * Replaces the points imported earlier from @source, in one transaction.
 *
 * Returns: whether the points were stored
 */
gboolean
cal_comp_points_replace (CalStore    *store,
                         const char  *source,
                         GPtrArray   *points,
                         GError     **error)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (store), FALSE);

  cal_store_lock (store);
  db = cal_store_get_connection (store);

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto fail;

  rc = sqlite3_prepare_v2 (db, "DELETE FROM comp_points WHERE source = ?1", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    goto rollback;
  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  stmt = NULL;
  if (rc != SQLITE_DONE)
    goto rollback;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO comp_points (source, company, level, base, bonus, "
                           "equity_per_year, currency, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    goto rollback;

  for (guint i = 0; i < points->len; i++)
    {
      CalCompPoint *p = g_ptr_array_index (points, i);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, p->company, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, p->level, -1, SQLITE_TRANSIENT);
      sqlite3_bind_double (stmt, 4, p->base);
      sqlite3_bind_double (stmt, 5, p->bonus);
      sqlite3_bind_double (stmt, 6, p->equity_per_year);
      sqlite3_bind_text (stmt, 7, p->currency, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 8, now);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        goto rollback;
    }
  sqlite3_finalize (stmt);
  stmt = NULL;

  rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto rollback;

  cal_store_unlock (store);
  return TRUE;

rollback:
  cal_store_set_sqlite_error (error, db, rc, cal_store_get_path (store));
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  cal_store_unlock (store);
  return FALSE;

fail:
  cal_store_set_sqlite_error (error, db, rc, cal_store_get_path (store));
  cal_store_unlock (store);
  return FALSE;
}

/**
 * cal_comp_points_list:
 * @store: a #CalStore
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type CalCompPoint): every stored point
 */
GPtrArray *
cal_comp_points_list (CalStore  *store,
                      GError   **error)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_comp_point_free);
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (CAL_IS_STORE (store), NULL);

  cal_store_lock (store);
  db = cal_store_get_connection (store);
  rc = sqlite3_prepare_v2 (db,
                           "SELECT company, level, base, bonus, equity_per_year, currency "
                           "FROM comp_points ORDER BY id", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CalCompPoint *p = g_new0 (CalCompPoint, 1);

      p->company = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      p->level = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      p->base = sqlite3_column_double (stmt, 2);
      p->bonus = sqlite3_column_double (stmt, 3);
      p->equity_per_year = sqlite3_column_double (stmt, 4);
      p->currency = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      g_ptr_array_add (points, p);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    {
      cal_store_set_sqlite_error (error, db, rc, cal_store_get_path (store));
      sqlite3_finalize (stmt);
      cal_store_unlock (store);
      return NULL;
    }
  sqlite3_finalize (stmt);
  cal_store_unlock (store);

  return g_steal_pointer (&points);
}

/**
 * cal_comp_percentile:
 * @points: (element-type CalCompPoint): the user's data points
 * @currency: only points in this currency count
 * @level: only points at this level count (case and spacing ignored)
 * @yearly_total: the offer's yearly total
 * @n_compared: (out) (optional): how many points were compared
 *
 * The percentile rank of @yearly_total among the matching points: the
 * share below it, counting ties as half.
 *
 * Returns: 0…100, or -1 when no point matches
 */
double
cal_comp_percentile (GPtrArray  *points,
                     const char *currency,
                     const char *level,
                     double      yearly_total,
                     guint      *n_compared)
{
  g_autofree char *want = g_strstrip (g_utf8_casefold (level != NULL ? level : "", -1));
  double below = 0;
  guint n = 0;

  for (guint i = 0; i < points->len; i++)
    {
      CalCompPoint *p = g_ptr_array_index (points, i);
      g_autofree char *have = g_strstrip (g_utf8_casefold (p->level, -1));
      double total = cal_comp_point_total (p);

      if (g_ascii_strcasecmp (p->currency, currency) != 0 || !g_str_equal (have, want))
        continue;
      n++;
      if (total < yearly_total)
        below += 1;
      else if (total == yearly_total)
        below += 0.5;
    }

  if (n_compared != NULL)
    *n_compared = n;
  return n > 0 ? 100.0 * below / n : -1;
}
