import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { inspectionContext } from "~/inspections/context.server";
import { isUuid } from "~/platform/ids";
import { audioResponse, playRecording, startsPlaying } from "~/recordings/recordings.server";

/** A recording's audio, for the inspection's team only; each play is in the audit log. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector } = await inspectionContext(request, params.inspectionId);
  const recordingId = params.recordingId ?? "";
  if (!isUuid(recordingId)) throw data(null, { status: 404 });
  const recording = await playRecording(db, {
    userId: inspector.id,
    inspectionId: params.inspectionId!,
    recordingId,
    audit: startsPlaying(request),
  });
  if (!recording) throw data(null, { status: 404 });
  return audioResponse(request, recording);
}
