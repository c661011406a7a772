/* cal-recruiter-email.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-jd-analysis.h"

G_BEGIN_DECLS

char *cal_recruiter_email_draft (CalJdAnalysis  *analysis,
                                 const char     *recruiter_name,
                                 const char     *candidate_name,
                                 char          **out_subject);

G_END_DECLS
