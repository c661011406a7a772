/* cal-recruiter-email-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-jd-analysis.h"

G_BEGIN_DECLS

#define CAL_TYPE_RECRUITER_EMAIL_DIALOG (cal_recruiter_email_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CalRecruiterEmailDialog, cal_recruiter_email_dialog, CAL, RECRUITER_EMAIL_DIALOG, AdwWindow)

CalRecruiterEmailDialog *cal_recruiter_email_dialog_new      (GtkWindow               *parent,
                                                              CalJdAnalysis           *analysis);
char                    *cal_recruiter_email_dialog_dup_body (CalRecruiterEmailDialog *self);

G_END_DECLS
