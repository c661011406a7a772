/* cal-recorder.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <gst/gst.h>

G_BEGIN_DECLS

/**
 * CalRecorderState:
 * @CAL_RECORDER_STATE_IDLE: not recording
 * @CAL_RECORDER_STATE_STARTING: the pipeline is opening the microphone
 * @CAL_RECORDER_STATE_RECORDING: sound is being captured and written
 * @CAL_RECORDER_STATE_STOPPING: the last audio is being written out
 */
typedef enum
{
  CAL_RECORDER_STATE_IDLE,
  CAL_RECORDER_STATE_STARTING,
  CAL_RECORDER_STATE_RECORDING,
  CAL_RECORDER_STATE_STOPPING,
} CalRecorderState;

/* Peak levels at or below this (dBFS) count as no sound at all: it is
 * under the smallest step of 16-bit audio, so even a quiet real microphone
 * is above it, while a muted, unplugged or fake input is not. */
#define CAL_RECORDER_SILENCE_FLOOR_DB (-94.0)

#define CAL_TYPE_RECORDER_STATE (cal_recorder_state_get_type ())
#define CAL_TYPE_RECORDER (cal_recorder_get_type ())

GType cal_recorder_state_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (CalRecorder, cal_recorder, CAL, RECORDER, GObject)

CalRecorder      *cal_recorder_new                 (void);

GListStore       *cal_recorder_list_input_devices  (void);
GstDevice        *cal_recorder_get_device          (CalRecorder          *self);
void              cal_recorder_set_device          (CalRecorder          *self,
                                                    GstDevice            *device);
GstElement       *cal_recorder_get_source          (CalRecorder          *self);
void              cal_recorder_set_source          (CalRecorder          *self,
                                                    GstElement           *source);
const char       *cal_recorder_get_directory       (CalRecorder          *self);
void              cal_recorder_set_directory       (CalRecorder          *self,
                                                    const char           *directory);
double            cal_recorder_get_max_duration    (CalRecorder          *self);
void              cal_recorder_set_max_duration    (CalRecorder          *self,
                                                    double                seconds);

CalRecorderState  cal_recorder_get_state           (CalRecorder          *self);
double            cal_recorder_get_level           (CalRecorder          *self);
double            cal_recorder_get_peak            (CalRecorder          *self);
double            cal_recorder_get_elapsed         (CalRecorder          *self);
const char       *cal_recorder_get_part_path       (CalRecorder          *self);

gboolean          cal_recorder_start               (CalRecorder          *self,
                                                    GError              **error);
void              cal_recorder_stop_async          (CalRecorder          *self,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
char             *cal_recorder_stop_finish         (CalRecorder          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void              cal_recorder_discard             (CalRecorder          *self);

guint             cal_recorder_cleanup_stale_parts (const char           *directory,
                                                    GError              **error);

G_END_DECLS
