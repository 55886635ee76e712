/** Each question's field on the one-page paper form (app/responses/paper.server.ts). */
export const paperField = (questionId: string) => `answer-${questionId}`;
