/* cal-question-chooser.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_TYPE_QUESTION_CHOOSER (cal_question_chooser_get_type ())

G_DECLARE_FINAL_TYPE (CalQuestionChooser, cal_question_chooser, CAL, QUESTION_CHOOSER, AdwWindow)

CalQuestionChooser *cal_question_chooser_new (GtkWindow *parent,
                                              CalStore  *store);

G_END_DECLS
