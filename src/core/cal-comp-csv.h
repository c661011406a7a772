/* cal-comp-csv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Compensation data points the user collected themselves, imported from a
 * CSV file: company, level, base, bonus, equity_per_year, currency (a
 * header row names the columns, in any order; comma or semicolon; quoted
 * fields). Good rows are kept, bad rows are reported by line number.
 *
 * Storage: the points live in the `comp_points` table (migration 5), one
 * batch per imported file name; importing a file of the same name again
 * replaces its batch, so a corrected file does not double the points.
 * Nothing is downloaded and nothing is made up: without points of the
 * same currency and level there is no percentile. */

#pragma once

#include <gio/gio.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_COMP_CSV_ERROR (cal_comp_csv_error_quark ())

/**
 * CalCompCsvError:
 * @CAL_COMP_CSV_ERROR_EMPTY: the file holds no header row
 * @CAL_COMP_CSV_ERROR_BINARY: the file is not text
 * @CAL_COMP_CSV_ERROR_HEADER: a required column is missing from the header
 * @CAL_COMP_CSV_ERROR_TOO_LARGE: the file is larger than any such list
 */
typedef enum
{
  CAL_COMP_CSV_ERROR_EMPTY,
  CAL_COMP_CSV_ERROR_BINARY,
  CAL_COMP_CSV_ERROR_HEADER,
  CAL_COMP_CSV_ERROR_TOO_LARGE,
} CalCompCsvError;

GQuark cal_comp_csv_error_quark (void);

#define CAL_COMP_CSV_MAX_SIZE (16 * 1024 * 1024)

typedef struct
{
  char   *company;
  char   *level;
  double  base;
  double  bonus;
  double  equity_per_year;
  char   *currency;
} CalCompPoint;

typedef struct
{
  guint  line;
  char  *reason;
} CalCompBadRow;

typedef struct
{
  GPtrArray *points;    /* element-type CalCompPoint */
  GPtrArray *bad_rows;  /* element-type CalCompBadRow */
} CalCompImport;

void           cal_comp_point_free      (CalCompPoint   *point);
double         cal_comp_point_total     (CalCompPoint   *point);
void           cal_comp_import_free     (CalCompImport  *import);
CalCompImport *cal_comp_csv_parse       (const char     *data,
                                         gsize           length,
                                         GError        **error);

gboolean       cal_comp_points_replace  (CalStore       *store,
                                         const char     *source,
                                         GPtrArray      *points,
                                         GError        **error);
GPtrArray     *cal_comp_points_list     (CalStore       *store,
                                         GError        **error);
double         cal_comp_percentile      (GPtrArray      *points,
                                         const char     *currency,
                                         const char     *level,
                                         double          yearly_total,
                                         guint          *n_compared);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalCompPoint, cal_comp_point_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalCompImport, cal_comp_import_free)

G_END_DECLS
