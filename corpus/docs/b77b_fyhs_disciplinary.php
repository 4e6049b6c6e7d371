<!doctype html>

<html lang="en">

<head>

  <title>宽柔中学古来分校 | 训导处 Disciplinary Department</title>

  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

  <style>
    .row {
      padding-bottom: 50px;
    }

    td:first-child {
      background-color: mistyrose;
      font-weight: bold;
      text-align: center;
      width: 30%;
      border: 1px solid;
      font-family: kaiti;
    }

    td:last-child {
      background-color: white;
      width: 70%;
      border: 1px solid;
      padding: 10px;
      font-family: kaiti;
    }
  </style>

</head>

<body>

  <!-- Container -->
  <div id="container">

    <!-- Header -->
    <?php include('header.php') ?>


    <!-- Start Page Banner -->
    <div class="page-banner" style="background: linear-gradient(to bottom, rgba(0,0,0,0) 50%, rgba(0,0,0,1)), url(img/organization/org03.jpg) center; background-size: cover;">
      <div class="container">
        <div class="col-md-6">
          <h2>训导处</h2>
        </div>
        <div class="col-md-6">
          <ul class="breadcrumbs">
            <a href="index@a38b.php">
              <li><i>首页 /&ensp;</i></li>
            </a>
            <a href="org_department.php">
              <li><i>行政单位 /&ensp;</i></li>
            </a>
            <a href="">
              <li><i>训导处</i></li>
            </a>
          </ul>
        </div>
      </div>
    </div>
    <!-- End Page Banner -->


    <!-- Start Content -->
    <div id="content">
      <div class="container">
        <div class="page-content">

          <!-- first part start-->
          <div class="row">
            <h2 class="classic-title">训导处 Disciplinary Department</h2>
            <p class="service-content">
              <i><u>训导处职责</u>：</i><br><br>
              <b>（一）训导</b><br>
              训导处时刻关注及指导学生的品德行为，鼓励向上，改正偏差，建立学生正确的待人处事态度与方法。依据校方既定之奖惩条例，根据学生的功过程度，给予适当的奖赏与处罚，以达致训育之成效。<br><br>
              <b>（二）辅导</b><br>
              为促进学生身心正常发展，培养健全人格思想，还助学生处理与解决课业、感情、人际关系、家庭、个人情绪及生理等各方面之问题与困扰，引导学生养成良好的生活习惯。通过辅导及举例，让学生学习合宜的待人处事方法，使学生更为了解自己，认识环境，适应社会，从而开启正确的人生观及立下崇高的理想。<br><br>
              <b>（三）督导</b><br>
              训导处也督导及协调班主任处理班务事宜，协手加强课室之管理，关注学生品德与学业状况，共同维持良好的学习环境。班主任除关心学生学习状况及身心发展之外，亦负责处理及监督班上例常事务，包括学生请假、操行评定、功过奖惩、教室整洁、各种集会及家长日等。
            </p>
          </div>
          <!-- first part end-->


          <!-- second part start-->
          <div class="row">
            <h2 class="classic-title">训导处主要业务</h2>
            <div style="margin: 0 50px;">
              <ol class="col-md-6" style="list-style-type: dot; margin: 0; margin-right: 50px">
                <li>管理与训练学生</li>
                <li>巡视班级上课状况</li>
                <li>监督爱校劳作服务</li>
                <li>督导班级整洁与秩序</li>
                <li>执行课室秩序与整洁奖惩事宜</li>
                <li>维持校内纪律与秩序</li>
                <li>处理学生纪律问题，关注及指导学生品德行为</li>
                <li>执行校规、审核并处理学生奖惩及功过事宜</li>
                <li>协助处理学生出席及请假事宜，并通知家长</li>
                <li>处理学生来回学校的交通调查</li>
                <li>突击检查行动</li>
                <li>学生拾遗管理</li>
                <li>学生借换衣物管理</li>
                <li>学生仪容备案管理</li>
                <li>学生乘搭校车行为管理</li>
              </ol>
              <ol class="col-md-5" style="list-style-type: dot;" start="16">
                <li>审核学生操行评分及出缺席记录</li>
                <li>策划每周一次之周会与班会</li>
                <li>策划与督导校庆校内筹款活动</li>
                <li>会晤家长</li>
                <li>督导学长团之服务及活动</li>
                <li>举办专题讲座</li>
                <li>举办家长日</li>
                <li>举办全校大扫除活动</li>
                <li>举办教师节活动</li>
                <li>举办全校阅报日活动</li>
                <li>举办校庆校内筹款活动</li>
                <li>举办消防与疏散演习活动</li>
                <li>处理学生课本援助计划及紧急援助金</li>
                <li>救护室管理</li>
                <li>班主任的编排与管理</li>
              </ol>
            </div>
          </div>
          <!-- second part end-->


          <!-- table start -->
          <div class="row">
            <h2 class="classic-title">全年主要活动</h2>
            <table>
              <tbody>
                <tr>
                  <td>周会</td>
                  <td>为学生提供正课以外具教化功能的精神训练，助学生建立正确的思想与人生观，提升学生精神面貌。</td>
                </tr>
                <tr>
                  <td>爱校劳作服务</td>
                  <td>培养学生注意环境卫生的道德意识和爱校精神，也教育学生从中学会负起责任，并培养他们乐于服务的态度。</td>
                </tr>
                <tr>
                  <td>班级励志座右铭</td>
                  <td>通过制作座右铭，塑造班级风气并增添校园的文化气息，期许一句名言可影响和改变学生，让学生一生受益，奋发向上。</td>
                </tr>
                <tr>
                  <td>班级干部培训</td>
                  <td>让学生干部认识和执行职务时须肩负的责任与精神，加强他们共同维护校园环境的意识。</td>
                </tr>
                <tr>
                  <td>转校生说明会</td>
                  <td>旨在让转校生了解学校概况并认识本校规矩，帮助他们更好地融入校园生活。</td>
                </tr>
                <tr>
                  <td>教师节</td>
                  <td>向老师们长期的辛劳与关爱表达最诚挚的谢意，培养同学们尊师重道的美德。</td>
                </tr>
                <tr>
                  <td>感恩季壁报设计</td>
                  <td>培养学生懂得感恩惜福，懂得所有的付出并非理所当然，发扬感恩的美德。</td>
                </tr>
                <tr>
                  <td>家长日</td>
                  <td>旨在让家长与学校取得密切联系，以达到相辅相成之教育宏效。</td>
                </tr>
                <tr>
                  <td>消防与疏散演习</td>
                  <td>目的在于让师生熟悉校园内各栋建筑物的逃生路线、认识各消防设施及自救逃生的方法，建立学生逃生、防火意识，务必能以最快速度离开发生事故的建筑物。</td>
                </tr>
                <tr>
                  <td>全校大扫除</td>
                  <td>贯彻“宽柔是我家，整洁靠大家”理念的同时，美化校园景观，也透过此活动加强学生注意环境卫生的道德意识。</td>
                </tr>
                <tr>
                  <td>网络素养讲座及中医健康讲座</td>
                  <td>给学生灌输正确观念，让学生开阔视野，进而提高学生的网络素养，重视自己的健康。</td>
                </tr>
                <tr>
                  <td>选举各年段模范生</td>
                  <td>选举品学兼优的学生，以表率同学，并启发及鼓励同学向上向善之精神。</td>
                </tr>
                <tr>
                  <td>课本援助计划</td>
                  <td>旨在减轻贫困家庭家长的经济负担，协助家庭经济有困难的学生完成学业。</td>
                </tr>
                <tr>
                  <td>学生紧急援助金</td>
                  <td>旨在帮助遭遇不幸事故而紧急陷入困境的贫寒家庭的在籍学生完成学业。</td>
                </tr>
              </tbody>
            </table>

          </div>
          <!-- table end-->
        </div>
      </div>
    </div>
    <!-- End content -->


    <!-- Start Footer -->

    <?php
    $footer = file_get_contents('footer.php');
    echo $footer;
    ?>


    <!-- End Footer -->

  </div>
  <!-- End Container -->

  <!-- Go To Top Link -->
  <a href="#" class="back-to-top"><i class="fa fa-angle-up"></i></a>

  <script type="text/javascript" src="js/script.js"></script>

</body>

</html>