package dev.nps.spark;

import java.io.Serializable;

/** A survey answer as a Java bean, the shape a {@code Dataset<Answer>} is made of. */
public class Answer implements Serializable {
  private static final long serialVersionUID = 1L;

  private String region;
  private String plan;
  private Integer score;

  /** For the bean encoder. */
  public Answer() {}

  Answer(String region, String plan, Integer score) {
    this.region = region;
    this.plan = plan;
    this.score = score;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPlan() {
    return plan;
  }

  public void setPlan(String plan) {
    this.plan = plan;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }
}
