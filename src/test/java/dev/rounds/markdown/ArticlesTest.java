package dev.rounds.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticlesTest {
    @Test
    void theArticleFollowsTheSoundOfTheWordsAfterIt() {
        assertThat(Articles.before("you will have had an ", "glycated haemoglobin")).isEqualTo("you will have had a ");
        assertThat(Articles.before("on a ", "angiotensin-converting enzyme")).isEqualTo("on an ");
        assertThat(Articles.before("An ", "sodium-glucose co-transporter 2")).isEqualTo("A ");
        assertThat(Articles.before("take a ", "UK Prospective Diabetes Study")).isEqualTo("take a ");
        assertThat(Articles.before("take a ", "NHS health check")).isEqualTo("take an ");
        assertThat(Articles.before("an ", "hour-long review")).isEqualTo("an ");
        assertThat(Articles.before("a ", "urinary tract infection")).isEqualTo("a ");
        assertThat(Articles.before("an ", "urgent referral")).isEqualTo("an ");
    }

    @Test
    void onlyAnArticleAtTheEndIsChanged() {
        assertThat(Articles.before("a plan and an ", "glycated haemoglobin")).isEqualTo("a plan and a ");
        assertThat(Articles.before("Cuban ", "angiotensin")).isEqualTo("Cuban ");
        assertThat(Articles.before("see ", "glycated haemoglobin")).isEqualTo("see ");
    }
}
