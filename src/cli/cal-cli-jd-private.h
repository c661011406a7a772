/* cal-cli-jd-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-jd-analysis.h"

G_BEGIN_DECLS

CalJdAnalysis *cal_cli_jd_analyze_file (const char  *path,
                                        char       **out_text,
                                        GError     **error);

G_END_DECLS
