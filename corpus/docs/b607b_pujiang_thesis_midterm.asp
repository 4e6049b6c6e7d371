<%@LANGUAGE="VBSCRIPT" CODEPAGE="65001"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>无标题文档</title>
<style type="text/css">
a:link {
	color: #F30;
}
body,td,th {
	font-size: 16px;
}
</style>
</head>

<body background="img/4.jpg">
<table width="960" border="0" align="center">
  <tr>
    <td><li type="square">查看内容</li></td>
  </tr>
  <tr>
    <td align="right"><a href="主界面.asp">返回</a></td>
  </tr>
  <tr>
    <td align="right"><h5>发布者：教务处 发布时间：2018-5-10点击：<%=count%></h5></td></td>
  </tr>
  <tr>
    <td><h2 align="center"><strong>关于做好<span lang="EN-US" xml:lang="EN-US">2018</span>届本科毕业设计（论文）中期检查工作的</strong></h2>
      <h2 align="center"><strong>通 知</strong></h2>
      <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;各二级学院：</p>
      <p>为保证<span lang="EN-US" xml:lang="EN-US">2018</span>届本科毕业设计（论文）（以下简称毕设）后续工作的顺利开展，加强毕设工作的过程管理，提高毕设质量，经研究，决定采用<span lang="EN-US" xml:lang="EN-US">&ldquo;</span>学院自查、学校抽查<span lang="EN-US" xml:lang="EN-US">&rdquo;</span>线上线下相结合的方式开展毕设中期检查工作，现通知如下：</p>
      <p><strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;一、中期检查的主要内容</strong></p>
      <p><span lang="EN-US" xml:lang="EN-US">1.</span>学生开题报告完成情况、学生的学风、毕设进度（如资料积累、设计方案、数据分析等）、出现的问题等；<span lang="EN-US" xml:lang="EN-US"> </span></p>
      <p><span lang="EN-US" xml:lang="EN-US">2.</span>指导教师指导的情况；</p>
      <p><span lang="EN-US" xml:lang="EN-US">3.</span>出题审题、条件设施、教学管理等情况。</p>
      <p><strong>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;二、中期检查工作安排及要求</strong></p>
      <p><span lang="EN-US" xml:lang="EN-US">1.</span>各学院要在中期检查工作开始前，督促师生登录&ldquo;毕设系统&rdquo;，完成中期以前师生资格审核、出选题、任务书下达等各项工作。</p>
      <p><span lang="EN-US" xml:lang="EN-US">2.<strong>2018</strong></span><strong>年<span lang="EN-US" xml:lang="EN-US">4</span>月<span lang="EN-US" xml:lang="EN-US">20</span>日前</strong>，各学院成立毕设中期检查工作小组，根据本学院情况安排毕设中期检查工作，并由教学秘书登陆&ldquo;毕设系统&rdquo;填写中期检查安排表。</p>
      <p><span lang="EN-US" xml:lang="EN-US">3.<strong>2018</strong></span><strong>年<span lang="EN-US" xml:lang="EN-US">4</span>月<span lang="EN-US" xml:lang="EN-US">25</span>日前</strong>，各学院组织师生在&ldquo;毕设系统&rdquo;中填写《毕业设计（论文）中期检查表》（学生登录毕设系统<span lang="EN-US" xml:lang="EN-US">-</span>毕业设计中期检查<span lang="EN-US" xml:lang="EN-US">-</span>毕设中期工作汇报、毕业设计工作评价）、（指导教师登录毕设系统<span lang="EN-US" xml:lang="EN-US">-</span>毕业设计中期检查<span lang="EN-US" xml:lang="EN-US">-</span>毕设中期工作检查）。</p>
      <p><span lang="EN-US" xml:lang="EN-US">4.</span>中期检查期间，各学院毕设中期检查工作小组要全面了解学生的毕设进展情况，对于发现毕设中存在的问题要及时反映给学院。各毕设中期检查工作小组填写&ldquo;毕业设计（论文）中期检查工作小组检查反馈表（附件）&rdquo;并于<strong><span lang="EN-US" xml:lang="EN-US">2018</span>年<span lang="EN-US" xml:lang="EN-US">4</span>月<span lang="EN-US" xml:lang="EN-US">30</span>日前</strong>交教务处，学院要及时处理所发现的问题。</p>
      <p><span lang="EN-US" xml:lang="EN-US">5.</span>各学院对中期检查中表现优秀的学生要特别关注和重点支持，并作为优秀毕设论文的跟踪考察对象。对中期检查不合格者要限期整改，对表现较差的学生要给予警告，并作为以后答辩、成绩评定的重点审查质量的对象。</p>
      <p><span lang="EN-US" xml:lang="EN-US">6.<strong>2018</strong></span><strong>年<span lang="EN-US" xml:lang="EN-US">4</span>月<span lang="EN-US" xml:lang="EN-US">30</span>日前</strong>，各学院要完成毕设中期检查工作。<strong>中期检查期间</strong>学校将组织督导专家对各学院中期检查工作进行抽查，以协助学院做好毕设的过程及质量管理工作。</p>
      <p><span lang="EN-US" xml:lang="EN-US">7.<strong>2018</strong></span><strong>年<span lang="EN-US" xml:lang="EN-US">5</span>月<span lang="EN-US" xml:lang="EN-US">5</span>日前</strong>，各学院通过&ldquo;毕设系统&rdquo;提交中期检查报告并打印纸质稿（院领导签字）交教务处。</p>
      <p>工作联系人：李程 <span lang="EN-US" xml:lang="EN-US">    </span>联系电话：<span lang="EN-US" xml:lang="EN-US">025-66205042</span></p>
      <p>纸质材料接收人：姚萌萌（行政楼<span lang="EN-US" xml:lang="EN-US">109</span>室</p>
      <p align="right">教 务 处</p>
      <p align="right"><span lang="EN-US" xml:lang="EN-US">2018</span>年4月13日</p>
      <p>&nbsp;</p>
      <span lang="EN-US" xml:lang="EN-US"> </span>
    <p><strong>                                        </strong></p></td>
  </tr>
  <tr>
    <td><div align="center"><a href="文档/浦教[2018]第43号-关于做好2018届本科毕业设计（论文）中期检查工作的通知_78873750.rar">浦教[2018]第43号-关于做好2018届本科毕业设计（论文）中期检查工作的通知 </a></div></td>
  </tr>
  <tr>
    <td height="22">&nbsp;</td>
  </tr>
</table>

</body>
</html>
