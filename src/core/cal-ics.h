/* cal-ics.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* iCalendar (RFC 5545) export of a process's rounds: one VEVENT per round
 * that has a date, CRLF line ends, lines folded at 75 octets (never inside
 * a UTF-8 character), and text values escaped (\\ ; , and newlines). */

#pragma once

#include <gio/gio.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_ICS_ERROR (cal_ics_error_quark ())

/**
 * CalIcsError:
 * @CAL_ICS_ERROR_NO_DATES: no round has a date, so there is nothing to export
 */
typedef enum
{
  CAL_ICS_ERROR_NO_DATES,
} CalIcsError;

GQuark cal_ics_error_quark (void);

char *cal_ics_escape_text  (const char  *text);
char *cal_ics_fold_line    (const char  *line);
char *cal_ics_from_rounds  (CalJob      *job,
                            CalProcess  *process,
                            GListModel  *rounds,
                            GDateTime   *stamp,
                            guint       *n_skipped,
                            GError     **error);
char *cal_ics_export_process (CalStore   *store,
                              gint64      process_id,
                              GDateTime  *stamp,
                              guint      *n_skipped,
                              GError    **error);

G_END_DECLS
