/* cal-pocketsphinx-engine.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-speech-engine.h"

G_BEGIN_DECLS

#define CAL_TYPE_POCKETSPHINX_ENGINE (cal_pocketsphinx_engine_get_type ())

G_DECLARE_FINAL_TYPE (CalPocketsphinxEngine, cal_pocketsphinx_engine, CAL, POCKETSPHINX_ENGINE, GObject)

CalSpeechEngine *cal_pocketsphinx_engine_new            (const char  *model_dir);
char            *cal_pocketsphinx_engine_find_model_dir (GError     **error);
const char      *cal_pocketsphinx_engine_get_model_dir  (CalPocketsphinxEngine *self);

G_END_DECLS
