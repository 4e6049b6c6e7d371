

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="_ctl0_Head1"><title>
	信息公开
</title>

<script src="css/TableCss.js" type="text/javascript"></script>
<script src="Inc/JS/Site_Char.JS" type="text/javascript"></script>


    <style type="text/css">
        .tb_foot
        {
            height: 65px;
            width: 965px;
        }
  
        .style1
        {
            width: 28px;
        }
    </style>
    <link id="_ctl0_linkstylebody" rel="stylesheet" type="text/css" /><link id="_ctl0_linktable" rel="stylesheet" type="text/css" /><link href="Template/Blue_style/DIV.css" rel="stylesheet" type="text/css" /><link href="Template/Blue_style/BaseStyle.css" rel="stylesheet" type="text/css" /><link href="Template/Blue_style/TableCss.css" rel="stylesheet" type="text/css" /><link href="Template/Blue_style/Menu.css" rel="stylesheet" type="text/css" /><link href="Template/Blue_style/StyleSchool.css" rel="stylesheet" type="text/css" />
    <script src="../../Template/Blue_style/TableCss.js" type="text/javascript"></script>

    <link href="Template/Blue_style/ListTableCss.css" rel="stylesheet" type="text/css" /></head>
<body style="text-align: center;">
    <div style="text-align: center; width: 1000px; min-height: 500px;">
        <div id="dhead">
            <div id="_ctl0_headContent"><img src='UploadFiles/2008/12/23/af2a3375-9a06-46df-832b-3c55c4223702.jpg' width='1000' height='185' /></div>
            <div id="dmenu">
                <table cellpadding="0" cellspacing="0">
                    <tr>
                        <td>
                            <a href="http://www.fuxing.sh.cn" id="_ctl0_SchoolWeb" target="_blank">
                                <img class="ImgMidAlign" src="Template/StyleDefault/index_home.gif" /><span style="color: White;">学校主页</span></a>
                            <img class="ImgMidAlign" src="Template/StyleDefault/index_home.gif" />&nbsp;<a href='Channel.aspx?UserID=fxgj'><span
                                style="color: White;">专栏首页</span></a>
                            <img class="ImgMidAlign" src="Template/StyleDefault/index_mulu.gif" /><a href='XTSite_InfoOpen.aspx?UserID=fxgj'><span
                                style="color: White;">公开信息指南</span></a>
                            <img class="ImgMidAlign" src="Template/StyleDefault/index_mulu.gif" />
                            <a href='List.aspx?ClassID=607&UserID=fxgj'><span style="color: White;">公开信息目录</span></a>
                            <img class="ImgMidAlign" src="Images/rss.gif" />
                            <a href='Rss.aspx?UserID=fxgj' target="_blank"><span style="color: White;">
                                rss 订阅</span></a>
                        </td>
                        <td>
                            <form name="search" action="Search.Aspx?Action=Search" method="get">
                            <table width="280" border="0" cellpadding="0" cellspacing="0">
                                <tr>
                                    <td width="151" align="right">
                                        <input name="keyword" id="Keyword" style="border: solid 1px;" type="text" value="请输入关键字"
                                            size="15" onmouseover="this.value='';">
                                        <input id="Action" type="hidden" value="Search" name="Action">
                                        <input id="UserID" name="UserID" type="hidden" value="fxgj" />
                                    </td>
                                    <td width="39" align="center">
                                        <input name="imageField" type="image" src="img_index/index_13_1.gif" alt="搜索" align="absmiddle"
                                            border="0">
                                    </td>
                                    <td width="76" align="center">
                                        <a href="search.aspx?UserID=fxgj" target="_blank">
                                            <img src="img_index/index_13_2.gif" alt="高级查询" width="58" height="18" border="0"></a>
                                    </td>
                                </tr>
                            </table>
                            </form>
                        </td>
                        <td>
                            <img class="ImgMidAlign" src="Images/manager.gif" />
                            <a href='Schinfo/default.aspx' target="_blank"><span style="color: White;">管理入口</span></a>
                        </td>
                    </tr>
                </table>
            </div>
        </div>
  
        <div id="dbody">
       
                <div style="width: 24%; float: left">
                    <div class="D_holder">
                        <div class="D_bszn">
                        </div>
                        <div class="D_bgxz">
                        </div>
                        <div class="D_bmwd">
                        </div>
                        <div class="D_hdjl">
                        </div>
                        <div class="D_xyjx">
                        </div>
                        <div class="D_gksq">
                        </div>
                        <div class="D_wszx">
                        </div>
                        <div class="D_xzxx">
                        </div>
                    </div>
                    <div class="tb_RDXX">
                        
                                    <div>
                                        <img alt="" src="Template/Blue_style/index_34.gif" />
                                    </div>
                                    <div class="titlecontent">
                                        

                                        

                                      </div>
                            
                    </div>
                    <div class="tb_RDXX">
                        
                                    <div>
                                        <img alt="" src="Template/Blue_style/index_52.gif" />
                                    </div>
                                    <div class="titlecontent">
                                        

                                    </div>
                      
                    </div>
              
                 </div>
              
                <div style="width: 75%;float:right;">
                    <div style="width: 100%;">
                        <div style="width: 69%; float: left;">
                            <div  class="tb_RDXX">
                                <div class="d_rdxx_head">
                                    <img alt="" src="Template/Blue_style/index_65.gif" /></div>
                                <div>
                                    <div class="titlecontent">
                                        

                                    </div>
                                </div>
                                <div class="d_rdxx_foot">
                                </div>
                            </div>
                        </div>
                        <div style="width: 30%; float: right">
                            

                        </div>
                    </div>
                    <div style="width: 100%;">
                                    <div id="d_rdxx" class="tb_RDXX">
                                        <div class="d_rdxx_head">
                                            <img alt="" src="Template/Blue_style/index_66.gif" /></div>
                                        <div>
                                            <table>
                                                <tr>
                                                    <td>
                                                        <div class="d_zjx">
                                                            
                                                                        <div class="d_zsks">
                                                                        </div>
                                                                        <div class="titlecontent">
                                                                            

                                                                        </div>
                                                             
                                                        </div>
                                                    </td>
                                                    <td>
                                                        <div class="d_zjx">
                                                          
                                                                        <div class="d_zsks">
                                                                        </div>
                                                                        <div class="titlecontent">
                                                                            

                                                                        </div>
                                                             
                                                        
                                                        </div>
                                                    </td>
                                                    <td>
                                                        <div class="d_zjx">
                                                          
                                                                        <div class="d_zsks">
                                                                        </div>
                                                                        <div class="titlecontent">
                                                                            

                                                                        </div>
                                                          
                                                        </div>
                                                    </td>
                                                </tr>
                                            </table>
                                        </div>
                                        <div class="d_rdxx_foot">
                                        </div>
                                    </div>
                        
                    </div>
                    <div >
                        <div style="width: 69%; float: left;">
                       
                                        <div  class="tb_RDXX">
                                            <div class="d_rdxx_head">
                                                <img alt="" src="Template/Blue_style/index_67.gif" /></div>
                                            <div>
                                                <div class="titlecontent">
                                                    


                                                </div>
                                            </div>
                                            <div class="d_rdxx_foot">
                                            </div>
                                        </div>
                         
                        </div>
                        <div style="width: 30%; float: right;">
                           
                                        <div id="Div3" class="tb_RDXX">
                                            <div class="d_rdxx_head">
                                                <img alt="" src="Template/Blue_style/index_68.gif" /></div>
                                            <div>
                                                <div class="titlecontent">
                                                    

                                                </div>
                                            </div>
                                            <div class="d_rdxx_foot">
                                            </div>
                                        </div>
                         
                        </div>
                    </div>
                </div>
              
       
      </div>
        <div style="background-color: White;">
            
    <title id="_ctl0_cpheadcontent_d1_Title">复兴信息公开 →  信息公开  → 计划总结  → 发展规划  → 专项发展规划 ：复兴高级中学各处室完成办学规划情况及新规划工作设想（教育科研）</title>

<link href="template/default/style.css" rel="stylesheet" type="text/css" />
<Script Language="JavaScript" Src="Inc/JS/Disp.JS"></Script>

<table width="95%" border="0" align="center" cellpadding="0" cellspacing="0" bordercolor="#FFFFFF" bgcolor="#00E800">
      <tr>
        <td width="100%" valign="top" align="left"><table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
          <tr>
            <td height="26" valign="middle" bgcolor="#ffffff">&nbsp;您现在的位置：
            <span id="_ctl0_cpheadcontent_d1_PathLabel"><a href="/XXGK/"  ID="XTSite_Navigation">复兴信息公开</a> →  <a href=/XXGK/Channel.Aspx?ChannelID=1&UserID=fxgj ID="XTSite_Navigation">信息公开</a>  → <a href="/XXGK/List.Aspx?ClassID=609&UserID=fxgj" ID="XTSite_Navigation">计划总结</a>  → <a href="/XXGK/List.Aspx?ClassID=617&UserID=fxgj" ID="XTSite_Navigation">发展规划</a>  → <a href="/XXGK/List.Aspx?ClassID=637&UserID=fxgj" ID="XTSite_Navigation">专项发展规划</a> </span></td>
          </tr>
          <tr>
            <td valign="top" height="402">
              <table width="99%" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
                <tr>
                  <TD width="8" height="0"></TD>
                  <TD width="375"></TD>
                  <TD width="193"></TD>
                  <TD width="2"></TD>
                  <TD width="12"></TD>
                </tr>
                <tr align="center">
                  <TD valign="middle" height="50" colspan="5">
                    <span id="_ctl0_cpheadcontent_d1_TitleLabel" class="Title">复兴高级中学各处室完成办学规划情况及新规划工作设想（教育科研）</span></TD>
                </tr>
                <tr>
                  <TD valign="middle" align="center" height="48"></TD>
                  <TD colspan="2" align="center" valign="middle">
                    <div align="right">索引号：
                        <span id="_ctl0_cpheadcontent_d1_CatalogNum">101340201002-2008-001</span>          
&nbsp;&nbsp;&nbsp; 发布时间：
                        <span id="_ctl0_cpheadcontent_d1_DateAndTimeLabel">2008年12月26日</span>          
&nbsp;&nbsp;&nbsp; 点击：
              <span id="_ctl0_cpheadcontent_d1_HitsLabel">351</span>
              次&nbsp;&nbsp;&nbsp;责任编辑：
              <span id="_ctl0_cpheadcontent_d1_AddUserLabel">fxgj</span>
                    </div>
                    <hr width="100%" size="1">
                    <div align="right"></div></TD>
                  <TD valign="middle" align="center" colspan="2">&nbsp;</TD>
                </tr>
                <tr>
                  <TD height="0"></TD>
                  <TD></TD>
                  <TD></TD>
                  <TD></TD>
                  <TD></TD>
                </tr>
                <tr>
                  <TD height="73"></TD>
                  <TD colspan="2" valign="top">
                    <table width="700" border="0" align="center" cellpadding="0" cellspacing="0" style="TABLE-LAYOUT:fixed;WORD-BREAK:break-all">
                      <tr>
                        <td class="Content">
                          <span id="_ctl0_cpheadcontent_d1_ContentLabel"><TABLE cellSpacing=0 cellPadding=0 border=1>

<TR>
<TD vAlign=top width=63>
<DIV align=center>&nbsp;</DIV>
<DIV align=center>&nbsp;</DIV>
<DIV align=center>规</DIV>
<DIV align=center>划</DIV>
<DIV align=center>目</DIV>
<DIV align=center>标</DIV>
<DIV align=center>和</DIV>
<DIV align=center>内</DIV>
<DIV align=center>容</DIV></TD>
<TD vAlign=top width=624>
<DIV>课题：</DIV>
<DIV>主课题《高中学生综合素质发展性研究》</DIV>
<DIV>子课题:</DIV>
<DIV>1．高中生健全人格培育的德育机制研究</DIV>
<DIV>2．高中生综合素质和个性发展的课程体系研究</DIV>
<DIV>3．高中生综合素质发展的学习方式研究</DIV>
<DIV>4．高中生综合素质发展性评价研究</DIV>
<DIV>科研工作：</DIV>
<DIV>1．完善教科研机制，强化“教育科研领导小组”的职能</DIV>
<DIV>2．建立“自下而上”与“自上而下”相结合的教育教学研究机制</DIV>
<DIV>3．强化以校为本开展教育教学研究</DIV>
<DIV>4．进一步完善“引进来”和“走出去”相结合的制度</DIV>
<DIV>&nbsp;</DIV></TD></TR>
<TR>
<TD vAlign=top width=63>
<DIV align=center>&nbsp;</DIV>
<DIV align=center>完</DIV>
<DIV align=center>成</DIV>
<DIV align=center>情</DIV>
<DIV align=center>况</DIV></TD>
<TD vAlign=top width=624>
<DIV>课题：</DIV>
<DIV>主课题《高中学生综合素质发展性研究》（基本完成，有待完善）</DIV>
<DIV>科研工作：</DIV>
<DIV>1．完善教科研机制，强化“教育科研领导小组”的职能（完成）</DIV>
<DIV>2．建立“自下而上”与“自上而下”相结合的教育教学研究机制（完成）</DIV>
<DIV>3．强化以校为本开展教育教学研究（完成）</DIV>
<DIV>4．进一步完善“引进来”和“走出去”相结合的制度（完成）</DIV>
<DIV>5．加大“复兴科研基金”投入，激励教师积极从事教科研活动（基本完成）</DIV>
<DIV>&nbsp;</DIV></TD></TR>
<TR>
<TD vAlign=top width=63>
<DIV align=center>未完</DIV>
<DIV align=center>成部</DIV>
<DIV align=center>分及</DIV>
<DIV align=center>原因</DIV></TD>
<TD vAlign=top width=624>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV></TD></TR>
<TR>
<TD vAlign=top width=63>
<DIV align=center>三年</DIV>
<DIV align=center>来有</DIV>
<DIV align=center>何新</DIV>
<DIV align=center>增长</DIV></TD>
<TD vAlign=top width=624>
<DIV>《深化教育综合改革完善创新人才培养体系研究 &nbsp;&nbsp;智优学生的培养研究——基于智优学生创造力综合性发展的自主适应性课程的实证研究》经上海市教育科学规划领导小组审议通过，上海市教育委员会批准，被确立为2007年度上海市教育科学规划项目。</DIV>
<DIV>完成了课题《数字化校园系统和谐整合与应用》，推进了学校的数字化建设。</DIV>
<DIV>&nbsp;</DIV></TD></TR>
<TR>
<TD vAlign=top width=63>
<DIV align=center>&nbsp;</DIV>
<DIV align=center>今后</DIV>
<DIV align=center>一年</DIV>
<DIV align=center>计划</DIV></TD>
<TD vAlign=top width=624>
<DIV>分步骤实施《深化教育综合改革完善创新人才培养体系研究&nbsp;&nbsp; 智优学生的培养研究——基于智优学生创造力综合性发展的自主适应性课程的实证研究》的课题研究，进一步开发、建设自主实验系列课程，印制部分自主适应课程教材。</DIV>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV></TD></TR>
<TR>
<TD vAlign=top width=63>
<DIV align=center>&nbsp;</DIV>
<DIV align=center>&nbsp;</DIV>
<DIV align=center>今年</DIV>
<DIV align=center>三年</DIV>
<DIV align=center>设想</DIV></TD>
<TD vAlign=top width=624>
<DIV>完成《深化教育综合改革完善创新人才培养体系研究&nbsp;&nbsp; 智优学生的培养研究——基于智优学生创造力综合性发展的自主适应性课程的实证研究》课题的各项分课题和总报告，完善、推广自主适应课程。</DIV>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV></TD></TR>
<TR>
<TD vAlign=top width=63>
<DIV align=center>&nbsp;</DIV>
<DIV align=center>需要</DIV>
<DIV align=center>什么</DIV>
<DIV align=center>帮助</DIV></TD>
<TD vAlign=top width=624>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV>
<DIV>&nbsp;</DIV></TD></TR></TABLE></span>        
                </td>
                      </tr>
                      <tr>
                        <td>&nbsp;</td>
                      </tr>
                      <tr>
                        <td>
                          <span id="_ctl0_cpheadcontent_d1_PageList"></span>        
                </td>
                      </tr>
                      <tr>
                        <td height="25" align="right">
                          <a id="_ctl0_cpheadcontent_d1_PreLink" href="/PreNext.Aspx?ID=11512&amp;CID=637&amp;Action=Previous"><font color="#FF0099">上一篇</font></a>
                          <font color="#ff0099">/
                          <a id="_ctl0_cpheadcontent_d1_NextLink" href="/PreNext.Aspx?ID=11512&amp;CID=637&amp;Action=Next"><font color="#FF0099">下一篇</font></a>
                        </font></td>
                      </tr>
                  </table></TD>
                  <TD><FONT face="宋体"></FONT></TD>
                  <TD></TD>
                </tr>
                <tr>
                  <TD height="51"></TD>
                  <TD colspan="2" valign="middle" class="Content"><b><font color="#ff6600">简介:</font></b>
                      <blockquote>
                        <span id="_ctl0_cpheadcontent_d1_AboutLabel"></span>          
          </blockquote></TD>
                  <TD><FONT face="宋体"></FONT></TD>
                  <TD></TD>
                </tr>
                <tr>
                  <TD height="30"></TD>
                  <TD valign="middle"> 出处/作者：
                      <span id="_ctl0_cpheadcontent_d1_FromAuthorLabel" style="COLOR: #999999"> / </span>          
&nbsp;&nbsp; 评价：<font color='#fd9720'>
            <span id="_ctl0_cpheadcontent_d1_ScoreLabel">3</span>
            </font>&nbsp;&nbsp; 大小：
            <span id="_ctl0_cpheadcontent_d1_SizeLabel">2974 字节</span>
                  </TD>
                  <TD align="right" valign="middle">&nbsp;  </TD>
                  <TD></TD>
                  <TD></TD>
                </tr>
                <tr>
                  <TD height="30"></TD>
                  <TD colspan="2" valign="middle" align="right"><table width="100%" border="0" cellpadding="0" cellspacing="0">
                    <tr>
                      <td valign="bottom" colspan="3"><font color="#ff6600"><b><br>
                      相关连接</b></font></td>
                    </tr>
                    <tr>
                      <td valign="top" colspan="3" align="left">
                        <div id="_ctl0_cpheadcontent_d1_LikeNoData" style="TEXT-ALIGN:center">
	没有相关连接
</div>
                        
                      </td>
                    </tr>
                  </table>                    
                    <div align="left"><br>
                  </div></TD>
                  <TD></TD>
                  <TD></TD>
                </tr>
            </table></td>
          </tr>
          <tr>
            <td></td>
          </tr>
        </table>

          
        </td>
      </tr>
</table>
	<Script Language="JavaScript">
document.onkeydown = NextPage;
</Script>
    <script type="text/javascript">
        document.getElementById("dbody").style.display = "none";
    </script>

        </div>
        <div class="D_foot" style="color:White;">
            <div style="float: left; width: 59%; text-align: left;">
                <div style="padding-top: 10px; padding-left: 50px;">
                    <span id="_ctl0_txtfoot"><br/><br/>地址：中国上海市车站南路28号 邮编: 200434 电话: +86-021-65606715</span></div>
            </div>
            <div style="float: right; width: 40%;" >
               <br />
                上海心通信息技术有限公司协助制作</div>
        </div>
    </div>
</body>

<script type="text/javascript">
        SetTableCssByClass();
</script>

</html>
