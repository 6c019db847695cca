import { HeadedSection } from '@/components/ui/HeadedSection';

export function QuestionsToAsk({ questions }: { questions: string[] }) {
  return (
    <HeadedSection
      headingId="questions-to-ask"
      heading="Questions to ask your care team"
      data-listen=""
      className="my-8 rounded-lg border-2 border-muted p-5"
    >
      <p className="mt-1 text-sm">
        You could write these down or print this page to take with you.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
    </HeadedSection>
  );
}
