package dev.weft.domain.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionBatchTest {

    @Test
    void readsLinesAsASpreadsheetWritesThemAndSaysWhichLinesAreNotQuestions() {
        QuestionBatch b = QuestionBatch.parse("""
                principal,action,resource
                 coreweave/a , s3:GetObject , datasets\r
                "coreweave/b","s3:PutObject","logs/a ""quoted"", key"

                coreweave/c,s3:GetObject
                coreweave/d,s3:GetObject,"never closed
                coreweave/e,,datasets
                coreweave/f,s3:ListBucket,datasets,allowed,denied
                """);
        assertThat(b.questions()).containsExactly(
                new Question("coreweave/a", "s3:GetObject", "datasets"),
                new Question("coreweave/b", "s3:PutObject", "logs/a \"quoted\", key"),
                new Question("coreweave/f", "s3:ListBucket", "datasets"));
        assertThat(b.skippedLines()).as("two cells, a quote left open, an empty action").containsExactly(5, 6, 7);
    }

    @Test
    void aCellWrittenAsTextForASpreadsheetIsReadAsItWasMeant() {
        assertThat(QuestionBatch.parse("coreweave/a,s3:GetObject,'=odd,it's\n").questions())
                .containsExactly(new Question("coreweave/a", "s3:GetObject", "=odd"));
        assertThat(QuestionBatch.parse("coreweave/a,s3:GetObject,'quoted'\n").questions()).as("a ' before anything else is kept")
                .containsExactly(new Question("coreweave/a", "s3:GetObject", "'quoted'"));
    }
}
