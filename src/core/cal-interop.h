/* cal-interop.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Interop: data in and out of Calibrd. The error domain shared by the
 * Markdown story import/export (cal-story-markdown.h), the portable JSON
 * export (cal-json-export.h) and the email portal client in the UI, and
 * the subject/body templates used when a PDF is handed to an email
 * program. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CAL_INTEROP_ERROR (cal_interop_error_quark ())

/**
 * CalInteropError:
 * @CAL_INTEROP_ERROR_FAILED: anything else; the message says what
 * @CAL_INTEROP_ERROR_INVALID: the file is not in the expected format
 * @CAL_INTEROP_ERROR_TOO_NEW: the file comes from a newer Calibrd
 * @CAL_INTEROP_ERROR_NOT_EMPTY: the database already holds data
 * @CAL_INTEROP_ERROR_NO_STORY: a note holds no STAR story
 * @CAL_INTEROP_ERROR_NOT_TEXT: a file is binary or not UTF-8
 * @CAL_INTEROP_ERROR_NO_PORTAL: no email portal answered on the session bus
 *
 * Every message is a full sentence fit for a dialog.
 */
typedef enum
{
  CAL_INTEROP_ERROR_FAILED,
  CAL_INTEROP_ERROR_INVALID,
  CAL_INTEROP_ERROR_TOO_NEW,
  CAL_INTEROP_ERROR_NOT_EMPTY,
  CAL_INTEROP_ERROR_NO_STORY,
  CAL_INTEROP_ERROR_NOT_TEXT,
  CAL_INTEROP_ERROR_NO_PORTAL,
} CalInteropError;

GQuark cal_interop_error_quark        (void);

char  *cal_share_subject_for_plan     (const char *role,
                                       const char *company);
char  *cal_share_body_for_plan        (const char *role,
                                       const char *company);
char  *cal_share_subject_for_stories  (void);
char  *cal_share_body_for_stories     (void);
char  *cal_share_subject_for_prep     (const char *role,
                                       const char *company);
char  *cal_share_body_for_prep        (const char *role,
                                       const char *company);

G_END_DECLS
